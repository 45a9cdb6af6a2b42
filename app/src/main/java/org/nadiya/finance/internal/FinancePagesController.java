package org.nadiya.finance.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.nadiya.finance.FinancialAnalyses;
import org.nadiya.finance.FinancialAnalyses.FindingFilter;
import org.nadiya.finance.FinancialAnalyses.Review;
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.CsvDownload;
import org.nadiya.kernel.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The proceeding's "Financial analysis" tab: statements, analyses, findings, review, exports, graphs, traces. */
@Controller
class FinancePagesController {

    private final FinancialAnalyses finance;

    private final FinanceUploads.Limits limits;

    FinancePagesController(FinancialAnalyses finance, FinanceUploads.Limits limits) {
        this.finance = finance;
        this.limits = limits;
    }

    private static String base(long id) {
        return "/proceedings/" + id + "/finance";
    }

    @GetMapping("/proceedings/{id}/finance")
    String page(@PathVariable long id, Model model) {
        var user = CurrentUser.get();
        model.addAttribute("proceedingId", id);
        model.addAttribute("maxStatementBytes", limits.maxStatement());
        model.addAttribute("maxStatementSize", FinanceUploads.Limits.human(limits.maxStatement()));
        model.addAttribute("maxSpreadsheetBytes", Math.min(limits.maxSpreadsheet(), limits.maxStatement()));
        model.addAttribute("maxSpreadsheetSize", FinanceUploads.Limits.human(limits.maxSpreadsheet()));
        model.addAttribute("statements", finance.statements(user, id));
        model.addAttribute("analyses", finance.analyses(user, id));
        return "finance/proceeding";
    }

    /** Without htmx a redirect; with htmx (progress bar) an HX-Redirect, or the error as a fragment. */
    @PostMapping("/proceedings/{id}/finance/statements")
    String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(required = false) String format, @RequestParam(required = false) String ownerAccount,
                  @RequestParam(required = false) MultipartFile mapping,
                  @RequestParam(defaultValue = "false") boolean skipBadRows,
                  @RequestHeader(name = "HX-Request", required = false) String htmx,
                  Model model, HttpServletResponse response) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "error.finance.file.choose");
            }
            String mappingText = mapping == null || mapping.isEmpty() ? null
                    : new String(mapping.getBytes(), StandardCharsets.UTF_8);
            try (var in = file.getInputStream()) {
                finance.upload(CurrentUser.get(), id, file.getOriginalFilename(), file.getContentType(), in,
                        new FinancialAnalyses.UploadOptions(format, ownerAccount, mappingText, skipBadRows));
            }
        } catch (InvalidInputException e) {
            if (htmx == null) {
                throw e;
            }
            model.addAttribute("error", e);
            return "finance/fragments :: uploadError";
        }
        if (htmx != null) {
            response.setHeader("HX-Redirect", base(id));
            return "finance/fragments :: uploadDone";
        }
        return "redirect:" + base(id);
    }

    /** Streamed: the statement is decrypted one chunk at a time while it is written to the response. */
    @GetMapping("/proceedings/{id}/finance/statements/{statementId}/file")
    void file(@PathVariable long id, @PathVariable long statementId, HttpServletResponse response) throws IOException {
        var f = finance.statementFile(CurrentUser.get(), id, statementId);
        try (var in = f.content()) {
            response.setContentType(MediaType.APPLICATION_OCTET_STREAM_VALUE);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"statement-" + statementId
                    + StatementLoader.extension(f.fileName()) + "\"");
            response.setHeader("X-Content-SHA256", f.sha256());
            response.setContentLengthLong(f.sizeBytes());
            in.transferTo(response.getOutputStream());
        }
    }

    @PostMapping("/proceedings/{id}/finance/analyses")
    String start(@PathVariable long id, @RequestParam(required = false) List<Long> statementIds,
                 @RequestParam(required = false) String rules) {
        long analysis = finance.start(CurrentUser.get(), id, statementIds, rules);
        return "redirect:" + base(id) + "/analyses/" + analysis;
    }

    static FindingFilter filter(String typology, BigDecimal minScore, String review, String sort, String dir) {
        Review state;
        try {
            state = review == null || review.isBlank() ? null : Review.valueOf(review.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("review", "error.finance.review.choose");
        }
        return new FindingFilter(typology == null || typology.isBlank() ? null : typology, minScore, state, sort,
                "asc".equals(dir));
    }

    @GetMapping("/proceedings/{id}/finance/analyses/{analysisId}")
    String analysis(@PathVariable long id, @PathVariable long analysisId,
                    @RequestParam(required = false) String typology, @RequestParam(required = false) BigDecimal minScore,
                    @RequestParam(required = false) String review, @RequestParam(required = false) String sort,
                    @RequestParam(required = false) String dir, Model model) {
        var user = CurrentUser.get();
        var run = finance.analysis(user, id, analysisId);
        model.addAttribute("proceedingId", id);
        model.addAttribute("run", run);
        model.addAttribute("typologies", FinanceService.TYPOLOGIES);
        model.addAttribute("typology", typology);
        model.addAttribute("minScore", minScore);
        model.addAttribute("review", review);
        model.addAttribute("sort", sort == null ? "score" : sort);
        model.addAttribute("dir", dir == null ? "desc" : dir);
        if (run.status() == FinancialAnalyses.Status.DONE) {
            var findings = finance.findings(user, id, analysisId, filter(typology, minScore, review, sort, dir));
            boolean ranked = findings.stream().anyMatch(f -> f.modelScore() != null);
            model.addAttribute("findings", findings);
            model.addAttribute("ranked", ranked);
            model.addAttribute("sort", sort == null ? (ranked ? "model" : "score") : sort);
            model.addAttribute("columns", ranked ? List.of("id", "model", "score", "accounts", "review")
                    : List.of("id", "score", "accounts", "review"));
            model.addAttribute("canLearn", user.has(FinanceService.TRAINER)
                    && findings.stream().anyMatch(f -> f.review() != Review.OPEN));
        }
        model.addAttribute("rankingModel", finance.rankingModel(user).orElse(null));
        return "finance/analysis";
    }

    /** Trains the ranking of findings on this analysis' verdicts; back to the analysis with what was learned. */
    @PostMapping("/proceedings/{id}/finance/analyses/{analysisId}/learn")
    String learn(@PathVariable long id, @PathVariable long analysisId, RedirectAttributes flash) {
        var learned = finance.learn(CurrentUser.get(), id, analysisId);
        flash.addFlashAttribute("learned", learned);
        return "redirect:" + base(id) + "/analyses/" + analysisId;
    }

    /** Polled by htmx while the analysis runs; the fragment stops polling once it is done or failed. */
    @GetMapping("/proceedings/{id}/finance/analyses/{analysisId}/progress")
    String progress(@PathVariable long id, @PathVariable long analysisId, Model model, HttpServletResponse response) {
        var run = finance.analysis(CurrentUser.get(), id, analysisId);
        model.addAttribute("proceedingId", id);
        model.addAttribute("run", run);
        if (run.status() != FinancialAnalyses.Status.RUNNING) {
            response.setHeader("HX-Refresh", "true");
        }
        return "finance/fragments :: progress";
    }

    @GetMapping("/proceedings/{id}/finance/analyses/{analysisId}/findings/{findingId}")
    String finding(@PathVariable long id, @PathVariable long analysisId, @PathVariable String findingId,
                   @RequestParam(required = false) String sort, Model model) {
        var user = CurrentUser.get();
        model.addAttribute("proceedingId", id);
        model.addAttribute("analysisId", analysisId);
        model.addAttribute("detail", finance.finding(user, id, analysisId, findingId));
        var transactions = finance.findingTransactions(user, id, analysisId, findingId, sort);
        model.addAttribute("transactions", transactions);
        model.addAttribute("sort", sort == null || sort.isBlank() ? "time" : sort.strip());
        model.addAttribute("timeline", TransactionTimeline.byDay(transactions));
        return "finance/finding";
    }

    @GetMapping("/proceedings/{id}/finance/analyses/{analysisId}/findings/{findingId}/transactions.csv")
    ResponseEntity<byte[]> transactionsCsv(@PathVariable long id, @PathVariable long analysisId,
                                           @PathVariable String findingId) {
        String csv = finance.findingTransactionsCsv(CurrentUser.get(), id, analysisId, findingId);
        return CsvDownload.forPeople("proceeding-" + id + "-analysis-" + analysisId + "-finding-"
                + findingId.replaceAll("[^A-Za-z0-9_-]", "_") + "-transactions.csv", csv);
    }

    @PostMapping("/proceedings/{id}/finance/analyses/{analysisId}/findings/{findingId}/review")
    String review(@PathVariable long id, @PathVariable long analysisId, @PathVariable String findingId,
                  @RequestParam(required = false) String state, @RequestParam(required = false) String note) {
        Review review;
        try {
            review = Review.valueOf(String.valueOf(state).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("state", "error.finance.review.choose");
        }
        finance.review(CurrentUser.get(), id, analysisId, findingId, review, note);
        return "redirect:" + base(id) + "/analyses/" + analysisId + "/findings/" + findingId;
    }

    @GetMapping("/proceedings/{id}/finance/analyses/{analysisId}/findings.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id, @PathVariable long analysisId,
                               @RequestParam(required = false) String typology,
                               @RequestParam(required = false) BigDecimal minScore,
                               @RequestParam(required = false) String review, @RequestParam(required = false) String sort,
                               @RequestParam(required = false) String dir) {
        String csv = finance.exportCsv(CurrentUser.get(), id, analysisId, filter(typology, minScore, review, sort, dir));
        return CsvDownload.forPeople("proceeding-" + id + "-analysis-" + analysisId + "-findings.csv", csv);
    }

    /** A printable report for the case file: every finding with its alerts and explanations. */
    @GetMapping("/proceedings/{id}/finance/analyses/{analysisId}/report")
    String report(@PathVariable long id, @PathVariable long analysisId, Model model) {
        var user = CurrentUser.get();
        model.addAttribute("proceedingId", id);
        model.addAttribute("run", finance.analysis(user, id, analysisId));
        model.addAttribute("details", finance.report(user, id, analysisId));
        model.addAttribute("user", user);
        model.addAttribute("printedAt", Instant.now());
        return "finance/report";
    }

    @GetMapping("/proceedings/{id}/finance/analyses/{analysisId}/trace")
    String trace(@PathVariable long id, @PathVariable long analysisId, @RequestParam(required = false) String account,
                 @RequestParam(required = false) String direction, @RequestParam(required = false) Integer hops,
                 @RequestParam(required = false) String since, @RequestParam(required = false) String until,
                 @RequestParam(required = false) String method, Model model) {
        var user = CurrentUser.get();
        model.addAttribute("proceedingId", id);
        model.addAttribute("run", finance.analysis(user, id, analysisId));
        model.addAttribute("account", account);
        model.addAttribute("direction", direction == null ? "forward" : direction);
        model.addAttribute("hops", hops == null ? 5 : hops);
        model.addAttribute("since", since);
        model.addAttribute("until", until);
        model.addAttribute("method", method == null ? "fifo" : method);
        if (account != null && !account.isBlank()) {
            model.addAttribute("view", finance.trace(user, id, analysisId, query(account, direction, hops, since, until,
                    method)));
        }
        return "finance/trace";
    }

    static FinancialAnalyses.TraceQuery query(String account, String direction, Integer hops, String since,
                                             String until, String method) {
        return new FinancialAnalyses.TraceQuery(account, direction, hops, day(since, "since", false),
                day(until, "until", true), method);
    }

    /** A date (the whole day, UTC) or an ISO instant; null when blank. */
    static Instant day(String text, String field, boolean endOfDay) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (text.length() == 10) {
                var d = LocalDate.parse(text);
                return endOfDay ? d.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(1)
                        : d.atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "error.finance.time.format", text);
        }
    }
}
