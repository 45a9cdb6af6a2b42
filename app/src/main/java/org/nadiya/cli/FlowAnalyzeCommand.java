package org.nadiya.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.nadiya.flow.FlowEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Imports the statements and searches them for every typology of the rules.",
                "Writes JSON: summary, alerts (id, typology, score, accounts, transactions, explanation uk/en,",
                "parameters) and findings (overlapping alerts merged). Exit 1 on bad input, 2 on bad usage."})
class FlowAnalyzeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    FlowInputs inputs;

    @Option(names = "--rules", paramLabel = "FILE", description = "rules file (YAML or JSON); defaults in docs/flow.md")
    Path rules;

    @Option(names = "--out", paramLabel = "FILE", description = "write the JSON here instead of standard output")
    Path out;

    @Option(names = "--model", paramLabel = "FILE",
            description = "a model of 'flow learn': rank findings by it and list the ranked accounts with their reasons")
    Path model;

    @Override
    public Integer call() {
        return FlowCommand.guarded(spec, () -> {
            if (rules != null && !java.nio.file.Files.isRegularFile(rules)) {
                throw new IllegalArgumentException("--rules: no such file: " + rules);
            }
            if (model != null && !java.nio.file.Files.isRegularFile(model)) {
                throw new IllegalArgumentException("--model: no such file: " + model);
            }
            var progress = Progress.onTerminal();
            var statements = inputs.load(progress);
            FlowCommand.emit(FlowEngine.analyzeJson(statements, rules, model, progress), out);
            return 0;
        });
    }
}
