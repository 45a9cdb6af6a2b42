package org.nadiya.cli;

import java.io.PrintWriter;

import org.nadiya.kernel.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "nadiya", mixinStandardHelpOptions = true, version = "Nadiya 0.1.0",
        description = "Counter-trafficking case coordination.",
        subcommands = {DemoCommand.class, ServeCommand.class, AuditCommand.class, KeysCommand.class,
                UserCommand.class, QualifyCommand.class, IdentifyCommand.class, MatchCommand.class,
                ScreenCommand.class, StatsCommand.class, TrainingCommand.class, FlowCommand.class,
                CommandLine.HelpCommand.class})
public class NadiyaCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. demo or serve");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code: 0 done, 1 failed or check failed, 2 bad input. */
    public static int run(String... args) {
        var cli = new CommandLine(new NadiyaCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            Throwable cause = rootCause(e);
            PrintWriter err = commandLine.getErr();
            err.println("nadiya: " + oneLine(cause));
            err.flush();
            return isBadInput(e) ? 2 : 1;
        });
        return cli.execute(args);
    }

    private static boolean isBadInput(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException || t instanceof IllegalArgumentException) {
                return true;
            }
        }
        return false;
    }

    static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            if (t instanceof InvalidInputException || t instanceof WebStart.CannotStartException) {
                return t;
            }
            t = t.getCause();
        }
        return t;
    }

    static String oneLine(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }
}
