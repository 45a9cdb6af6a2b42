package org.nadiya.finance.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.nadiya.finance.FinancialAnalyses;
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.CsvDownload;
import org.nadiya.kernel.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Financial analysis over the API; the rules are in {@link FinancialAnalyses}. */
@RestController
class FinanceApiController {

    private static final String BASE = "/api/v1/proceedings/{id}/finance";

    private final FinancialAnalyses finance;

    FinanceApiController(FinancialAnalyses finance) {
        this.finance = finance;
    }

    @GetMapping(BASE + "/statements")
    List<FinancialAnalyses.Statement> statements(@PathVariable long id) {
        return finance.statements(CurrentUser.get(), id);
    }

    /** Multipart: {@code file}, optional {@code format}, {@code ownerAccount}, {@code mapping} (file), {@code skipBadRows}. */
    @PostMapping(path = BASE + "/statements", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    FinancialAnalyses.Statement upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
                                       @RequestParam(required = false) String format,
                                       @RequestParam(required = false) String ownerAccount,
                                       @RequestParam(required = false) MultipartFile mapping,
                                       @RequestParam(defaultValue = "false") boolean skipBadRows) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "error.finance.file.part");
        }
        String mappingText = mapping == null || mapping.isEmpty() ? null
                : new String(mapping.getBytes(), StandardCharsets.UTF_8);
        try (var in = file.getInputStream()) {
            return finance.upload(CurrentUser.get(), id, file.getOriginalFilename(), file.getContentType(), in,
                    new FinancialAnalyses.UploadOptions(format, ownerAccount, mappingText, skipBadRows));
        }
    }

    record Start(List<Long> statementIds, String rules) {
    }

    @PostMapping(BASE + "/analyses")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> start(@PathVariable long id, @RequestBody(required = false) Start body) {
        long analysis = finance.start(CurrentUser.get(), id, body == null ? null : body.statementIds(),
                body == null ? null : body.rules());
        return Map.of("id", analysis, "status", FinancialAnalyses.Status.RUNNING);
    }

    @GetMapping(BASE + "/analyses")
    List<FinancialAnalyses.AnalysisRun> analyses(@PathVariable long id) {
        return finance.analyses(CurrentUser.get(), id);
    }

    @GetMapping(BASE + "/analyses/{analysisId}")
    FinancialAnalyses.AnalysisRun analysis(@PathVariable long id, @PathVariable long analysisId) {
        return finance.analysis(CurrentUser.get(), id, analysisId);
    }

    @GetMapping(BASE + "/analyses/{analysisId}/findings")
    List<FinancialAnalyses.Finding> findings(@PathVariable long id, @PathVariable long analysisId,
                                             @RequestParam(required = false) String typology,
                                             @RequestParam(required = false) BigDecimal minScore,
                                             @RequestParam(required = false) String review,
                                             @RequestParam(required = false) String sort,
                                             @RequestParam(required = false) String dir) {
        return finance.findings(CurrentUser.get(), id, analysisId,
                FinancePagesController.filter(typology, minScore, review, sort, dir));
    }

    @GetMapping(path = BASE + "/analyses/{analysisId}/findings.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(@PathVariable long id, @PathVariable long analysisId,
                               @RequestParam(required = false) String typology,
                               @RequestParam(required = false) BigDecimal minScore,
                               @RequestParam(required = false) String review) {
        String csv = finance.exportCsv(CurrentUser.get(), id, analysisId,
                FinancePagesController.filter(typology, minScore, review, null, null));
        return CsvDownload.forPrograms("proceeding-" + id + "-analysis-" + analysisId + "-findings.csv", csv);
    }

    @GetMapping(BASE + "/analyses/{analysisId}/findings/{findingId}")
    FinancialAnalyses.FindingDetail finding(@PathVariable long id, @PathVariable long analysisId,
                                            @PathVariable String findingId) {
        return finance.finding(CurrentUser.get(), id, analysisId, findingId);
    }

    record ReviewBody(FinancialAnalyses.Review state, String note) {
    }

    @PostMapping(BASE + "/analyses/{analysisId}/findings/{findingId}/review")
    FinancialAnalyses.Finding review(@PathVariable long id, @PathVariable long analysisId,
                                     @PathVariable String findingId, @RequestBody ReviewBody body) {
        return finance.review(CurrentUser.get(), id, analysisId, findingId, body == null ? null : body.state(),
                body == null ? null : body.note());
    }

    /** Trains the ranking of findings on this analysis' confirmed and dismissed findings (analysts). */
    @PostMapping(BASE + "/analyses/{analysisId}/learn")
    @ResponseStatus(HttpStatus.CREATED)
    FinancialAnalyses.RankingModel learn(@PathVariable long id, @PathVariable long analysisId) {
        return finance.learn(CurrentUser.get(), id, analysisId);
    }

    /** The finding's transactions; {@code sort}: time, amount, from or to, "-" first for descending. */
    @GetMapping(BASE + "/analyses/{analysisId}/findings/{findingId}/transactions")
    List<FinancialAnalyses.TransactionLine> transactions(@PathVariable long id, @PathVariable long analysisId,
                                                         @PathVariable String findingId,
                                                         @RequestParam(required = false) String sort) {
        return finance.findingTransactions(CurrentUser.get(), id, analysisId, findingId, sort);
    }

    @GetMapping(BASE + "/analyses/{analysisId}/findings/{findingId}/graph")
    FinancialAnalyses.MoneyGraph graph(@PathVariable long id, @PathVariable long analysisId,
                                       @PathVariable String findingId) {
        return finance.findingGraph(CurrentUser.get(), id, analysisId, findingId);
    }

    @GetMapping(BASE + "/analyses/{analysisId}/trace")
    FinancialAnalyses.TraceView trace(@PathVariable long id, @PathVariable long analysisId,
                                      @RequestParam(required = false) String account,
                                      @RequestParam(required = false) String direction,
                                      @RequestParam(required = false) Integer hops,
                                      @RequestParam(required = false) String since,
                                      @RequestParam(required = false) String until,
                                      @RequestParam(required = false) String method) {
        return finance.trace(CurrentUser.get(), id, analysisId,
                FinancePagesController.query(account, direction, hops, since, until, method));
    }
}
