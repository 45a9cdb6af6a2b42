package org.nadiya.stats.internal;

import java.util.Map;

import org.nadiya.security.CurrentUser;
import org.nadiya.security.InvalidInputException;
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

    StatsApiController(Aggregates aggregates, StatsAccess access, ResearchExport research, HtcdsExport htcds) {
        this.aggregates = aggregates;
        this.access = access;
        this.research = research;
        this.htcds = htcds;
    }

    record HtcdsRequest(Long personId, String partner, String reason) {
    }

    /** One person's case as HTCDS JSON for a partner, with only the consented parts (never cached). */
    @PostMapping("/exports/htcds")
    ResponseEntity<Map<String, Object>> htcds(@RequestBody HtcdsRequest request) {
        if (request.personId() == null) {
            throw new InvalidInputException("personId", "name the person");
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

    @GetMapping("/{table}")
    Map<String, Object> table(@PathVariable String table, @RequestParam Map<String, String> params) {
        var query = StatsQuery.parse(aggregates.catalogue(), table, params);
        return StatsJson.table(query, aggregates.compute(CurrentUser.get(), query));
    }
}
