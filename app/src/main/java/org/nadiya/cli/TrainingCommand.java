package org.nadiya.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.concurrent.Callable;

import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.FormInput;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.Role;
import org.nadiya.training.ImportRejectedException;
import org.nadiya.training.Training;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "training", mixinStandardHelpOptions = true, description = "Capacity-building records.",
        subcommands = {TrainingCommand.Report.class, TrainingCommand.Import.class})
class TrainingCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: report or import");
    }

    /** The operator of the command line acts as an administrator, named {@code system:cli:<os user>} in the audit. */
    static CurrentUser operator() {
        return new CurrentUser(0, "system:cli:" + System.getProperty("user.name", "unknown"), "Command line",
                Set.of(Role.ADMIN), "NADIYA_ADMIN", CurrentUser.CENTRAL, false);
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = {"Distinct participants of the events starting in the period, as GET /api/v1/training/report.",
                    "With --csv: the CSV export; --published suppresses counts below 5."})
    static class Report implements Callable<Integer> {

        @Option(names = "--from", required = true, description = "first day, YYYY-MM-DD")
        String from;

        @Option(names = "--to", required = true, description = "last day, YYYY-MM-DD")
        String to;

        @Option(names = "--csv", description = "print the CSV export instead of JSON")
        boolean csv;

        @Option(names = "--published", description = "with --csv: suppress counts below 5 for publication")
        boolean published;

        @Override
        public Integer call() {
            LocalDate first = required(FormInput.date(from, "from"), "from");
            LocalDate last = required(FormInput.date(to, "to"), "to");
            try (var context = Contexts.tool()) {
                var training = context.getBean(Training.class);
                if (csv) {
                    System.out.print(training.reportCsv(operator(), first, last, published));
                    return 0;
                }
                var report = training.report(operator(), first, last);
                var out = new LinkedHashMap<String, Object>();
                out.put("events", report.events());
                out.put("participants", report.participants());
                out.put("regions", report.regions());
                out.put("by_agency", report.byAgency());
                out.put("by_region", report.byRegion());
                out.put("first_time_agencies", report.firstTimeAgencies());
                System.out.println(Json.object(out));
                return 0;
            }
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Imports participants of an event from a CSV or XLSX file: every row or none.",
                    "Bad rows are listed (row, field, reason) and the command exits 2."})
    static class Import implements Callable<Integer> {

        @Parameters(index = "0", description = "event id")
        long eventId;

        @Parameters(index = "1", description = "the .csv or .xlsx file")
        Path file;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(file)) {
                throw new InvalidInputException("file", "error.cli.file.missing", file);
            }
            byte[] content = Files.readAllBytes(file);
            try (var context = Contexts.tool()) {
                int count = context.getBean(Training.class).importParticipants(operator(), eventId,
                        file.getFileName().toString(), content);
                System.out.println("imported " + count + " participants");
                return 0;
            } catch (ImportRejectedException e) {
                e.errors().forEach(error -> System.err.println(error));
                throw e;
            }
        }
    }

    private static LocalDate required(LocalDate date, String field) {
        if (date == null) {
            throw new InvalidInputException(field, "error.common.date.give");
        }
        return date;
    }
}
