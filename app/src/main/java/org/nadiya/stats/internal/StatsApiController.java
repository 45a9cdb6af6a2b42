package org.nadiya.stats.internal;

import java.util.Map;

import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.InvalidInputException;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Protected aggregates over HTTP (docs/stats.md); every refusal and error comes from the service. */
@RestController
@RequestMapping("/api/v1/stats")
class StatsApiController {

    private final Aggregates aggregates;
    private final StatsAccess access;
    private final ResearchExport research;
    private final HtcdsExport htcds;
    private final SeedSummary summary;

    StatsApiController(Aggregates aggregates, StatsAccess access, ResearchExport research, HtcdsExport htcds,
                       SeedSummary summary) {
        this.aggregates = aggregates;
        this.access = access;
        this.research = research;
        this.htcds = htcds;
        this.summary = summary;
    }

    record HtcdsRequest(Long personId, String partner, String reason) {
    }

    /** One person's case as HTCDS JSON for a partner, with only the consented parts (never cached). */
    @PostMapping("/exports/htcds")
    ResponseEntity<Map<String, Object>> htcds(@RequestBody HtcdsRequest request) {
        if (request.personId() == null) {
            throw new InvalidInputException("personId", "error.common.person.required");
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(htcds.export(CurrentUser.get(), request.personId(), request.partner(), request.reason()));
    }

    /** The k-anonymised record-level export (researchers and administrators). */
    @GetMapping("/exports/research")
    Map<String, Object> research(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                 @RequestParam(required = false) String k) {
        var period = StatsQuery.period(from, to);
        int kValue = StatsQuery.k(k);
        var result = research.export(CurrentUser.get(), period.from(), period.to(), kValue);
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("k", kValue);
        body.put("columns", result.columns());
        body.put("quasiIdentifiers", ResearchExport.QUASI_IDENTIFIERS);
        body.put("records", result.rows());
        body.put("suppressedValues", result.suppressedValues());
        body.put("droppedRecords", result.droppedRecords());
        return body;
    }

    @GetMapping
    Map<String, Object> catalogue() {
        access.checkAggregates(CurrentUser.get());
        return StatsJson.catalogue(aggregates.catalogue());
    }

    /** The seed-style summary for a period (and region): null where a number is hidden or withheld. */
    @GetMapping("/summary")
    Map<String, Object> summary(@RequestParam Map<String, String> params) {
        var result = summary.of(CurrentUser.get(), params);
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("from", params.get("from"));
        body.put("to", params.get("to"));
        body.put("region", params.get("region"));
        body.put("practitioners", result.practitioners());
        body.put("regions", result.regions());
        body.put("exploitationForms", result.forms().stream()
                .map(f -> Map.of("form", f.form(), "count", f.count())).toList());
        body.put("hiddenForms", result.hiddenForms());
        body.put("exploitationTotal", result.formTotal());
        return body;
    }

    @GetMapping("/{table}")
    Map<String, Object> table(@PathVariable String table, @RequestParam Map<String, String> params) {
        var query = StatsQuery.parse(aggregates.catalogue(), table, params);
        return StatsJson.table(query, aggregates.compute(CurrentUser.get(), query));
    }
}
