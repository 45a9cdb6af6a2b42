package org.nadiya.finance;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.nadiya.flow.FlowEngine;
import org.nadiya.security.CurrentUser;

/**
 * Money-flow analysis of a proceeding's bank statements. Every method checks need-to-know on the proceeding
 * ({@link org.nadiya.cases.Proceedings#access}): a user outside it, a partner or a researcher gets
 * {@link org.nadiya.security.NotVisibleException} (404, the attempt audited). Uploads, analyses, reads of findings,
 * reviews, traces and exports are audited (never with names or account numbers in the details). Bad input is an
 * {@link org.nadiya.kernel.InvalidInputException} naming the field and, for statements, the row and column.
 */
public interface FinancialAnalyses {

    /**
     * Checks the file with the engine (format recognised from its header unless {@code options.format} says it)
     * and keeps the original bytes with their SHA-256; the same file twice in one proceeding is refused. The content
     * is streamed: copied to a private temporary file while hashed, then stored in encrypted chunks in one
     * transaction. At most {@code nadiya.finance.max-statement-size} (2 GB), spreadsheets (read whole by the
     * engine) {@code nadiya.finance.max-spreadsheet-size} (100 MB).
     */
    Statement upload(CurrentUser user, long proceedingId, String fileName, String mediaType, InputStream content,
                     UploadOptions options);

    List<Statement> statements(CurrentUser user, long proceedingId);

    /**
     * The original bytes as uploaded (audited as a read of evidence), as a stream that decrypts one chunk at a time
     * and fails at the end if the length or the SHA-256 differ from what was stored; the caller closes it.
     */
    StatementFile statementFile(CurrentUser user, long proceedingId, long statementId);

    /** Starts an analysis of the given statements (all of them when empty) in the background; returns its id. */
    long start(CurrentUser user, long proceedingId, List<Long> statementIds, String rules);

    List<AnalysisRun> analyses(CurrentUser user, long proceedingId);

    /** One analysis with its status and, while it runs, its progress (not audited: it shows no statement data). */
    AnalysisRun analysis(CurrentUser user, long proceedingId, long analysisId);

    /** The findings of a finished analysis, filtered and sorted (audited as a read). */
    List<Finding> findings(CurrentUser user, long proceedingId, long analysisId, FindingFilter filter);

    /** One finding with its alerts, explanations and the holders' names of its accounts (audited as a read). */
    FindingDetail finding(CurrentUser user, long proceedingId, long analysisId, String findingId);

    /**
     * Trains the ranking of findings (decision 0048) on this analysis' verdicts: the accounts of its confirmed
     * findings against those of its dismissed ones. Every later analysis ranks its findings by the newest model.
     * Analysts only ({@link org.springframework.security.access.AccessDeniedException} for other roles); audited.
     */
    RankingModel learn(CurrentUser user, long proceedingId, long analysisId);

    /** The ranking model in use, if any: when it was trained and on how many verdicts (it holds no case data). */
    java.util.Optional<RankingModel> rankingModel(CurrentUser user);

    /** Confirms, dismisses or reopens a finding; a dismissal needs a note. */
    Finding review(CurrentUser user, long proceedingId, long analysisId, String findingId, Review state, String note);

    /** The filtered findings as CSV for the case file (audited as an export). */
    String exportCsv(CurrentUser user, long proceedingId, long analysisId, FindingFilter filter);

    /** Every finding with its alerts and names, for the printable report (one audit entry for the whole report). */
    List<FindingDetail> report(CurrentUser user, long proceedingId, long analysisId);

    /**
     * The finding's transactions as a table, sorted by {@code sort}: {@code time}, {@code amount}, {@code from} or
     * {@code to}, descending with a leading {@code -}; null or blank for time order (audited as a read).
     */
    List<TransactionLine> findingTransactions(CurrentUser user, long proceedingId, long analysisId, String findingId,
                                              String sort);

    /** The same table as CSV, in time order (audited as an export). */
    String findingTransactionsCsv(CurrentUser user, long proceedingId, long analysisId, String findingId);

    /**
     * One transaction of a finding: the holders' names as stored for the analysis (or as the statement gave them),
     * the payment's description as the statement gave it; null where none was given.
     */
    record TransactionLine(String id, Instant time, boolean dateOnly, String from, String fromName, String to,
                           String toName, BigDecimal amount, String currency, String description) {

        /** The date as the statement states it (UTC). */
        public java.time.LocalDate date() {
            return java.time.LocalDate.ofInstant(time, java.time.ZoneOffset.UTC);
        }

        /** The time of day (UTC, HH:mm); null when the statement gave only the date. */
        public String clock() {
            return dateOnly ? null : time.toString().substring(11, 16);
        }
    }

    /** The finding's transactions as a graph: accounts sized by volume, edges by amount (audited as a read). */
    MoneyGraph findingGraph(CurrentUser user, long proceedingId, long analysisId, String findingId);

    /** Follows money from an account through the analysed statements (audited as a read). */
    TraceView trace(CurrentUser user, long proceedingId, long analysisId, TraceQuery query);

    /** How a statement is read; every field may be null (recognised from the header; bad rows fail the upload). */
    record UploadOptions(String format, String ownerAccount, String mapping, boolean skipBadRows) {
    }

    record Statement(long id, long proceedingId, String fileName, String mediaType, long sizeBytes, String sha256,
                     String format, String ownerAccount, boolean mapped, long imported, long skipped,
                     String uploadedBy, Instant uploadedAt) {
    }

    record StatementFile(String fileName, String mediaType, String sha256, long sizeBytes, InputStream content) {
    }

    enum Status { RUNNING, DONE, FAILED }

    record AnalysisRun(long id, long proceedingId, String startedBy, Instant startedAt, Instant finishedAt,
                       Status status, List<Long> statementIds, boolean customRules, Integer transactions,
                       Integer accounts, Long skipped, Integer alerts, Integer findings, Instant periodFrom,
                       Instant periodTo, String error, String progress, Long modelId) {
    }

    /** A learned ranking: trained when, on how many accounts' verdicts, its threshold and out-of-fold F1. */
    record RankingModel(long id, Instant trainedAt, int accounts, int confirmed, int dismissed, BigDecimal threshold,
                        BigDecimal outOfFoldF1) {
    }

    enum Review { OPEN, CONFIRMED, DISMISSED }

    /**
     * Sort keys: {@code score} (the rules' score), {@code model} (the learned ranking's score), {@code id},
     * {@code accounts}, {@code review}; by default {@code model} where the analysis was ranked by a model, else
     * {@code score}, highest first.
     */
    record FindingFilter(String typology, BigDecimal minScore, Review review, String sort, boolean ascending) {
        public static final FindingFilter ALL = new FindingFilter(null, null, null, null, false);
    }

    /** {@code modelScore}: the learned ranking's score (null when the analysis had no model). */
    record Finding(String id, long analysisId, List<String> typologies, BigDecimal score, List<String> accounts,
                   List<String> transactions, List<String> alertIds, Review review, String note, String reviewedBy,
                   Instant reviewedAt, BigDecimal modelScore) {
    }

    record Alert(String id, String typology, BigDecimal score, List<String> accounts, List<String> transactions,
                 Map<String, String> parameters, String explanationUk, String explanationEn) {
    }

    /** {@code names}: account number to holder's name, where a statement gave one. */
    record FindingDetail(Finding finding, List<Alert> alerts, Map<String, String> names) {
    }

    record Node(String id, String name, BigDecimal volume) {
    }

    /** {@code time} in epoch milliseconds for the time slider; {@code attributed} only on traces. */
    record Edge(String id, String source, String target, BigDecimal amount, String currency, long time,
                BigDecimal attributed) {
    }

    record MoneyGraph(List<Node> nodes, List<Edge> edges) {
    }

    /** {@code direction} forward|backward, {@code method} fifo|proportional; since/until may be null. */
    record TraceQuery(String account, String direction, Integer hops, Instant since, Instant until, String method) {
    }

    record TraceView(FlowEngine.Trace trace, MoneyGraph graph) {
    }
}
