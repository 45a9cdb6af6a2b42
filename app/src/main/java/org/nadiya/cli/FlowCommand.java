package org.nadiya.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code nadiya flow analyze|learn|trace|generate}: the money-flow engine without Spring or a database. Exit codes are
 * the contract of docs/flow.md: 0 done, 1 bad input (a file, a row, a rules or mapping file), 2 usage.
 */
@Command(name = "flow", mixinStandardHelpOptions = true,
        description = "Money-flow analysis of bank statements: typologies, tracing, test data (docs/flow.md).",
        subcommands = {FlowAnalyzeCommand.class, FlowLearnCommand.class, FlowTraceCommand.class,
            FlowGenerateCommand.class})
class FlowCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: analyze, learn, trace or generate");
    }

    /** Runs a flow command: bad input is reported on one line and exits 1 (the contract), not 2. */
    static int guarded(CommandLine.Model.CommandSpec spec, Callable<Integer> body) {
        try {
            return body.call();
        } catch (IllegalArgumentException | UncheckedIOException e) {
            return badInput(spec, e);
        } catch (java.nio.file.NoSuchFileException e) {
            return badInput(spec, new IllegalArgumentException("no such file: " + e.getFile()));
        } catch (IOException e) {
            return badInput(spec, new IllegalArgumentException(e.getMessage()));
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    private static int badInput(CommandLine.Model.CommandSpec spec, Exception e) {
        var err = spec.commandLine().getErr();
        err.println("nadiya flow: " + NadiyaCommand.oneLine(e));
        err.flush();
        return 1;
    }

    /** Writes the JSON to --out, or to standard output. */
    static void emit(String json, Path out) throws IOException {
        if (out == null) {
            System.out.println(json);
        } else {
            Files.writeString(out, json + System.lineSeparator(), StandardCharsets.UTF_8);
        }
    }
}
