package org.nadiya.stats.internal;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
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
    @Operation(summary = "One person's case in HTCDS 2.0 for a partner, with only what the person consented to share")
    @PostMapping("/exports/htcds")
    ResponseEntity<HtcdsExport.HtcdsCase> htcds(@RequestBody HtcdsRequest request) {
        if (request.personId() == null) {
            throw new InvalidInputException("personId", "error.common.person.required");
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(htcds.export(CurrentUser.get(), request.personId(), request.partner(), request.reason()));
    }

    /** The k-anonymised record-level export (researchers and administrators). */
    @Operation(summary = "The k-anonymised research export in CTDC's variables and codes (researchers, administrators)")
    @GetMapping("/exports/research")
    StatsJson.ResearchAnswer research(@RequestParam(required = false) String from,
                                      @RequestParam(required = false) String to,
                                      @RequestParam(required = false) String k) {
        var period = StatsQuery.period(from, to);
        int kValue = StatsQuery.k(k);
        var result = research.export(CurrentUser.get(), period.from(), period.to(), kValue);
        return new StatsJson.ResearchAnswer(kValue, result.columns(), ResearchExport.QUASI_IDENTIFIERS, result.rows(),
                result.suppressedValues(), result.droppedRecords());
    }

    @Operation(summary = "The tables of the statistics, their dimensions and the disclosure control")
    @GetMapping
    StatsJson.StatsCatalogue catalogue() {
        access.checkAggregates(CurrentUser.get());
        return StatsJson.catalogue(aggregates.catalogue());
    }

    /** The seed-style summary for a period (and region): null where a number is hidden or withheld. */
    @Operation(summary = "The seed-style summary: practitioners trained, their regions, victims by form of exploitation")
    @GetMapping("/summary")
    StatsJson.StatsSummary summary(@RequestParam Map<String, String> params) {
        var result = summary.of(CurrentUser.get(), params);
        return new StatsJson.StatsSummary(params.get("from"), params.get("to"), params.get("region"),
                result.practitioners(), result.regions(), result.forms(), result.hiddenForms(), result.formTotal());
    }

    @Operation(summary = "One protected table by one or two dimensions, for a whole year, quarter or month")
    @GetMapping("/{table}")
    StatsJson.StatsTableAnswer table(@PathVariable String table, @RequestParam Map<String, String> params) {
        var query = StatsQuery.parse(aggregates.catalogue(), table, params);
        return StatsJson.table(query, aggregates.compute(CurrentUser.get(), query));
    }
}
