package org.nadiya.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.nadiya.kernel.InvalidInputException;
import org.nadiya.stats.Statistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Prints a statistics table with disclosure control (counts of 1-4 and the cells that would",
                "reveal them shown as <5). Without a table: lists the tables and their dimensions."})
class StatsCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", description = "table, e.g. victims, proceedings, referrals")
    String table;

    @Option(names = "--by", description = "one or two dimensions, comma-separated")
    String by;

    @Option(names = "--from", description = "start of the period, YYYY-MM-DD")
    String from;

    @Option(names = "--to", description = "end of the period, YYYY-MM-DD")
    String to;

    @Option(names = "--round", description = "5 to round visible counts to multiples of 5")
    String round;

    @Option(names = "--filter", description = "dimension=value, e.g. region=UA-46 (repeatable)")
    Map<String, String> filters = new LinkedHashMap<>();

    @Option(names = "--json", description = "print JSON instead of CSV")
    boolean json;

    @Override
    public Integer call() {
        try (var context = Contexts.tool()) {
            var statistics = context.getBean(Statistics.class);
            if (table == null) {
                statistics.catalogue().forEach((name, dims) -> System.out.println(name + ": " + String.join(", ", dims)));
                return 0;
            }
            Map<String, String> params = new LinkedHashMap<>(filters);
            for (String reserved : List.of("by", "from", "to", "round")) {
                if (params.containsKey(reserved)) {
                    throw new InvalidInputException("--filter", "error.cli.filter.reserved", reserved, reserved);
                }
            }
            put(params, "by", by);
            put(params, "from", from);
            put(params, "to", to);
            put(params, "round", round);
            List<List<String>> rows = statistics.table(table, params);
            if (json) {
                var out = new LinkedHashMap<String, Object>();
                out.put("table", table);
                out.put("header", rows.get(0));
                out.put("rows", rows.subList(1, rows.size()));
                System.out.println(Json.object(out));
            } else {
                rows.forEach(r -> System.out.println(org.nadiya.kernel.Csv.line(r)));
            }
            return 0;
        }
    }

    private static void put(Map<String, String> params, String key, String value) {
        if (value != null) {
            params.put(key, value);
        }
    }
}
