package org.nadiya.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.nadiya.flow.FlowEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a canonical CSV of random payments (the same seed gives the same file); with --plant",
                "also instances of every typology, listed in FILE.truth.json (the ground truth)."})
class FlowGenerateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--accounts", required = true, paramLabel = "N")
    int accounts;

    @Option(names = "--transactions", required = true, paramLabel = "M")
    long transactions;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S")
    long seed;

    @Option(names = "--plant", description = "plant every typology and write the ground truth")
    boolean plant;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Override
    public Integer call() {
        return FlowCommand.guarded(spec, () -> {
            FlowEngine.generate(accounts, transactions, seed, plant, out, truth(out));
            return 0;
        });
    }

    static Path truth(Path csv) {
        String name = csv.getFileName().toString();
        String base = name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return csv.resolveSibling(base + ".truth.json");
    }
}
