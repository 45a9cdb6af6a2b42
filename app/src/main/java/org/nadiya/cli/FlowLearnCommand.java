package org.nadiya.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.nadiya.flow.FlowEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "learn", mixinStandardHelpOptions = true,
        description = {"Trains a ranking model (gradient-boosted trees over the rules' evidence per account) on an",
                "analyst's verdicts and writes it for 'flow analyze --model'. Labels: CSV account,label[,group];",
                "label 1/confirmed or 0/dismissed; group (e.g. the finding) keeps accounts judged together in one",
                "fold. Prints a JSON summary. Exit 1 on bad input, 2 on bad usage."})
class FlowLearnCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    FlowInputs inputs;

    @Option(names = "--labels", required = true, paramLabel = "FILE", description = "the verdicts (CSV)")
    Path labels;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "where to write the model")
    Path out;

    @Option(names = "--holdout", paramLabel = "FILE",
            description = "verdicts kept out of training (same CSV): the model and the rules alone are measured on them")
    Path holdout;

    @Option(names = "--rules", paramLabel = "FILE", description = "rules file (YAML or JSON); the same as for analyze")
    Path rules;

    @Override
    public Integer call() {
        return FlowCommand.guarded(spec, () -> {
            if (!Files.isRegularFile(labels)) {
                throw new IllegalArgumentException("--labels: no such file: " + labels);
            }
            if (holdout != null && !Files.isRegularFile(holdout)) {
                throw new IllegalArgumentException("--holdout: no such file: " + holdout);
            }
            if (rules != null && !Files.isRegularFile(rules)) {
                throw new IllegalArgumentException("--rules: no such file: " + rules);
            }
            var progress = Progress.onTerminal();
            var statements = inputs.load(progress);
            FlowCommand.emit(FlowEngine.learnJson(statements, rules, labels, holdout, out, progress), null);
            return 0;
        });
    }
}
