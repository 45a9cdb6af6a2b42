package org.nadiya.stats.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nadiya.kernel.CsvDownload;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.ReferenceData;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

/**
 * Dashboard, table explorer, downloads and the printable report. The dashboard's panels are the seed-style summary:
 * victims by form of exploitation, by sex and majority, by CTDC age band; proceedings by stage, region and time to suspicion;
 * referrals by service; interviews by re-interview warning. Filters: period, region, article.
 */
@Controller
class StatsController {

    private static final List<String[]> PANELS = List.of(
            new String[] {"victims", "exploitation_form"}, new String[] {"victims", "sex,majority"},
            new String[] {"victims", "ctdc_age"},
            new String[] {"proceedings", "stage"}, new String[] {"proceedings", "region"},
            new String[] {"proceedings", "time_to_suspicion"}, new String[] {"referrals", "service"},
            new String[] {"interviews", "warning"}, new String[] {"training_participants", "agency"},
            new String[] {"training_participants", "role,level"}, new String[] {"victims", "quarter"},
            new String[] {"proceedings", "quarter"});
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Aggregates aggregates;
    private final StatsAccess access;
    private final ResearchExport research;
    private final MessageSource messages;
    private final ReferenceData reference;
    private final SeedSummary summary;

    private final java.time.Clock clock;
    private final org.nadiya.training.Training training;

    StatsController(Aggregates aggregates, StatsAccess access, ResearchExport research, MessageSource messages,
                    ReferenceData reference, SeedSummary summary, java.time.Clock clock,
                    org.nadiya.training.Training training) {
        this.clock = clock;
        this.training = training;
        this.summary = summary;
        this.aggregates = aggregates;
        this.access = access;
        this.research = research;
        this.messages = messages;
        this.reference = reference;
    }

    @GetMapping("/stats")
    String dashboard(@RequestParam Map<String, String> params, Model model, Locale locale) {
        return panels(params, model, locale, "stats/dashboard");
    }

    @GetMapping("/stats/report")
    String report(@RequestParam Map<String, String> params, Model model, Locale locale) {
        return panels(params, model, locale, "stats/report");
    }

    @GetMapping("/stats/table")
    String table(@RequestParam(defaultValue = "victims") String name, @RequestParam Map<String, String> params,
                 Model model, Locale locale) {
        Map<String, String> query = new HashMap<>(params);
        query.remove("name");
        query.putIfAbsent("by", aggregates.catalogue().table(name).map(t -> t.dimensionNames().get(0)).orElse(""));
        var parsed = StatsQuery.parse(aggregates.catalogue(), name, query);
        var view = TableView.of(parsed, aggregates.compute(CurrentUser.get(), parsed), messages, reference, topics(locale),
                locale);
        model.addAttribute("view", view);
        model.addAttribute("chartJson", json(view.chart()));
        model.addAttribute("tables", aggregates.catalogue().tables().stream().map(StatsTable::name).toList());
        model.addAttribute("current", parsed.table().name());
        model.addAttribute("dimensions", String.join(", ", parsed.table().dimensionNames()));
        model.addAttribute("params", query);
        model.addAttribute("periods", periods(locale));
        model.addAttribute("mayExport", access.mayExportRecords(CurrentUser.get()));
        return "stats/table";
    }

    @GetMapping("/stats/download.csv")
    ResponseEntity<byte[]> csv(@RequestParam String name, @RequestParam Map<String, String> params) {
        return file(name, params, false);
    }

    @GetMapping("/stats/download.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam String name, @RequestParam Map<String, String> params) {
        return file(name, params, true);
    }

    @GetMapping("/stats/research.csv")
    ResponseEntity<byte[]> researchCsv(@RequestParam(required = false) String from,
                                       @RequestParam(required = false) String to,
                                       @RequestParam(required = false) String k) {
        var period = StatsQuery.period(from, to);
        var result = research.export(CurrentUser.get(), period.from(), period.to(), StatsQuery.k(k));
        List<List<String>> rows = new ArrayList<>();
        rows.add(result.columns());
        rows.addAll(result.rows());
        return CsvDownload.forPeople("nadiya-research.csv", Downloads.csv(rows));
    }

    private ResponseEntity<byte[]> file(String name, Map<String, String> params, boolean xlsx) {
        Map<String, String> query = new HashMap<>(params);
        query.remove("name");
        var parsed = StatsQuery.parse(aggregates.catalogue(), name, query);
        var published = aggregates.compute(CurrentUser.get(), parsed);
        String file = "nadiya-" + parsed.table().name() + "-" + String.join("-", parsed.by());
        return xlsx ? attachment(file + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Downloads.xlsx(name, published))
                : CsvDownload.forPeople(file + ".csv", Downloads.csv(Downloads.rows(published)));
    }

    private String panels(Map<String, String> params, Model model, Locale locale, String template) {
        Map<String, String> topics = topics(locale);
        var period = params.get("period") != null && !params.get("period").isBlank()
                ? StatsQuery.calendarPeriod(params.get("period")) : StatsQuery.period(params.get("from"), params.get("to"));
        List<TableView> views = new ArrayList<>();
        List<String> charts = new ArrayList<>();
        for (String[] panel : PANELS) {
            StatsTable table = aggregates.catalogue().table(panel[0]).orElseThrow();
            Map<String, String> query = new HashMap<>();
            query.put("by", panel[1]);
            put(query, "period", params.get("period"));
            put(query, "from", params.get("from"));
            put(query, "to", params.get("to"));
            for (String filter : List.of("region", "article")) {
                if (table.dimension(filter).isPresent()) {
                    put(query, filter, params.get(filter));
                }
            }
            var parsed = StatsQuery.parse(aggregates.catalogue(), panel[0], query);
            var view = TableView.of(parsed, aggregates.compute(CurrentUser.get(), parsed), messages, reference,
                    topics, locale);
            views.add(view);
            charts.add(json(view.chart()));
        }
        model.addAttribute("summary", summary.of(CurrentUser.get(), params));
        model.addAttribute("views", views);
        model.addAttribute("charts", charts);
        model.addAttribute("regions", reference.regions());
        model.addAttribute("period", period);
        model.addAttribute("periods", periods(locale));
        model.addAttribute("periodLabel", periodLabel(period, locale));
        model.addAttribute("params", params);
        model.addAttribute("mayExport", access.mayExportRecords(CurrentUser.get()));
        return template;
    }

    /** Curriculum topics by code, named in the reader's language (the training module's catalogue). */
    private Map<String, String> topics(Locale locale) {
        Map<String, String> names = new HashMap<>();
        training.topics().forEach(t -> names.put(t.code(), t.name(locale)));
        return names;
    }

    /** The periods offered: all time, then each of the last six years and its quarters, newest first. */
    private List<Map.Entry<String, String>> periods(Locale locale) {
        List<Map.Entry<String, String>> periods = new ArrayList<>();
        int now = java.time.LocalDate.now(clock).getYear();
        for (int year = now; year > now - 6; year--) {
            periods.add(Map.entry(Integer.toString(year), Integer.toString(year)));
            for (int quarter = 4; quarter >= 1; quarter--) {
                periods.add(Map.entry(year + "-Q" + quarter, messages.getMessage("stats.period.quarter",
                        new Object[] {Integer.toString(quarter), Integer.toString(year)}, locale)));
            }
        }
        return periods;
    }

    private String periodLabel(Period period, Locale locale) {
        if (period.from() == null) {
            return messages.getMessage("stats.period.all", null, locale);
        }
        var from = period.from();
        if (period.to().equals(from.plusYears(1).minusDays(1))) {
            return Integer.toString(from.getYear());
        }
        if (period.to().equals(from.plusMonths(3).minusDays(1))) {
            return messages.getMessage("stats.period.quarter", new Object[] {
                    Integer.toString((from.getMonthValue() - 1) / 3 + 1), Integer.toString(from.getYear())}, locale);
        }
        return from.format(java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy", locale));
    }

    private static void put(Map<String, String> query, String key, String value) {
        if (value != null && !value.isBlank()) {
            query.put(key, value);
        }
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private static ResponseEntity<byte[]> attachment(String file, String type, byte[] body) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .contentType(MediaType.parseMediaType(type)).body(body);
    }
}
