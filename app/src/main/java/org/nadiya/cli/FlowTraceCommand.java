package org.nadiya.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

import org.nadiya.flow.FlowEngine;
import org.nadiya.flow.TraceDirection;
import org.nadiya.flow.TraceMethod;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "trace", mixinStandardHelpOptions = true,
        description = {"Follows the money from an account (or one transaction) forward (where it went) or backward",
                "(where it came from), attributing amounts FIFO (default) or proportionally. Writes JSON: flows",
                "with attributed amounts, terminal accounts and the main paths."})
class FlowTraceCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    FlowInputs inputs;

    @Option(names = "--from", paramLabel = "ACCOUNT", description = "start from this account")
    String from;

    @Option(names = "--transaction", paramLabel = "ID", description = "start from this transaction instead")
    String transaction;

    @Option(names = "--direction", defaultValue = "forward", paramLabel = "forward|backward")
    TraceDirection direction;

    @Option(names = "--hops", defaultValue = "4", paramLabel = "N", description = "most transfers to follow (1..50)")
    int hops;

    @Option(names = "--since", paramLabel = "T", description = "ISO instant or date; earlier payments are not followed")
    String since;

    @Option(names = "--until", paramLabel = "T", description = "ISO instant or date (the whole day)")
    String until;

    @Option(names = "--method", defaultValue = "fifo", paramLabel = "fifo|proportional")
    TraceMethod method;

    @Option(names = "--out", paramLabel = "FILE", description = "write the JSON here instead of standard output")
    Path out;

    @Override
    public Integer call() {
        if ((from == null) == (transaction == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --from ACCOUNT or --transaction ID");
        }
        return FlowCommand.guarded(spec, () -> {
            long start = time("--since", since, false);
            long end = time("--until", until, true);
            var statements = inputs.load(Progress.onTerminal());
            FlowCommand.emit(FlowEngine.traceJson(statements, from, transaction, direction, start, end, hops, method),
                    out);
            return 0;
        });
    }

    static long time(String option, String text, boolean endOfDay) {
        if (text == null) {
            return endOfDay ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay().toEpochSecond(ZoneOffset.UTC)
                        - (endOfDay ? 1 : 0);
            }
            return Instant.parse(text).getEpochSecond();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + ": '" + text + "' is not an ISO date or instant");
        }
    }
}
