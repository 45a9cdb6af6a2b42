package org.nadiya.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.nadiya.screen.Ad;
import org.nadiya.screen.RiskLevel;
import org.nadiya.screen.ScreenRules;
import org.nadiya.screen.Screener;
import org.nadiya.screen.Screening;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "ads", mixinStandardHelpOptions = true,
        description = {"Screens recruitment ads. Input: JSONL (one object a line with id and text, optional title, company,",
                "location, salary, contacts, url) or CSV with those columns. Output: JSONL, one line an ad:",
                "{id, risk, level, language, rules, indicators:[{code, evidence, weight}], selectors:[{type, value}]}.",
                "A bad line stops the run (exit 2) naming its number, unless --on-error skip."})
class ScreenAdsCommand implements Callable<Integer> {

    enum OnError { FAIL, SKIP }

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "ads, JSONL or CSV")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "JSONL to write")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "jsonl, csv or auto (csv when the file name ends in .csv; default ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--on-error", paramLabel = "ACTION", defaultValue = "FAIL",
            description = "fail (default) or skip: report a bad line and go on")
    OnError onError;

    @Option(names = "--rules", paramLabel = "FILE", description = "a tuned rules file (YAML); default: the shipped rules")
    Path rulesFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!List.of("auto", "jsonl", "csv").contains(format)) {
            throw new IllegalArgumentException("--format: must be jsonl, csv or auto, got '" + format + "'");
        }
        var screener = Screener.withoutCardKey(rulesFile == null ? ScreenRules.defaults() : ScreenRules.load(rulesFile));
        PrintWriter err = spec.commandLine().getErr();
        Map<RiskLevel, Integer> counts = new EnumMap<>(RiskLevel.class);
        int skipped = 0;
        Path partial = MatchFiles.partialFor(out);
        try (AdReader ads = AdReader.open(input, format);
                BufferedWriter writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            while (true) {
                Ad ad;
                try {
                    ad = ads.next();
                } catch (AdReader.BadLine bad) {
                    if (onError == OnError.FAIL) {
                        throw bad;
                    }
                    err.println("nadiya: " + bad.getMessage() + " (skipped)");
                    skipped++;
                    continue;
                }
                if (ad == null) {
                    break;
                }
                Screening s = screener.screen(ad);
                counts.merge(s.level(), 1, Integer::sum);
                writer.write(json(s));
                writer.write('\n');
            }
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        MatchFiles.publish(partial, out);
        err.flush();
        spec.commandLine().getOut().printf("screened %d ads: %d high, %d medium, %d low; %d bad lines skipped; rules %s%n",
                counts.values().stream().mapToInt(Integer::intValue).sum(), counts.getOrDefault(RiskLevel.HIGH, 0),
                counts.getOrDefault(RiskLevel.MEDIUM, 0), counts.getOrDefault(RiskLevel.LOW, 0), skipped,
                screener.rules().version());
        return 0;
    }

    static String json(Screening s) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", s.id());
        line.put("risk", Math.round(s.risk() * 10_000) / 10_000.0);
        line.put("level", s.level().code());
        line.put("language", s.language().code());
        line.put("rules", s.rulesVersion());
        line.put("indicators", s.indicators().stream().map(h -> {
            Map<String, Object> hit = new LinkedHashMap<>();
            hit.put("code", h.code());
            hit.put("evidence", h.evidence());
            hit.put("weight", h.weight());
            return hit;
        }).toList());
        line.put("selectors", s.selectors().stream().map(sel -> {
            Map<String, Object> selector = new LinkedHashMap<>();
            selector.put("type", sel.type());
            selector.put("value", sel.value());
            return selector;
        }).toList());
        return Json.object(line);
    }
}
