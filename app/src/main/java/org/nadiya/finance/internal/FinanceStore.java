package org.nadiya.finance.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.nadiya.finance.FinancialAnalyses;
import org.nadiya.finance.FinancialAnalyses.AnalysisRun;
import org.nadiya.finance.FinancialAnalyses.Finding;
import org.nadiya.finance.FinancialAnalyses.Review;
import org.nadiya.finance.FinancialAnalyses.Statement;
import org.nadiya.finance.FinancialAnalyses.Status;
import org.nadiya.security.FieldEncryption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * SQL for statements, analyses, alerts, findings and holders' names. Lists are stored one item per line. Account
 * numbers never reach the database in clear (decision 0073): lists of accounts and a statement's own account are
 * encrypted, a holder's name is found by a keyed hash of the account.
 */
@Repository
class FinanceStore {

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;
    private final AccountHash accountHash;

    FinanceStore(JdbcClient jdbc, FieldEncryption encryption, AccountHash accountHash) {
        this.jdbc = jdbc;
        this.encryption = encryption;
        this.accountHash = accountHash;
    }

    static OffsetDateTime utc(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static String lines(List<String> items) {
        return String.join("\n", items);
    }

    static List<String> list(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
    }

    // ---- statements

    record NewStatement(String fileKey, long proceedingId, String fileName, String mediaType, long sizeBytes,
                        String sha256, String format, String detected, String ownerAccount, String mapping, String onError,
                        long imported, long skipped, int chunks, String by, Instant at) {
    }

    boolean hasStatement(long proceedingId, String sha256) {
        return jdbc.sql("select count(*) from finance_statement where proceeding_id = :p and sha256 = :h")
                .param("p", proceedingId).param("h", sha256).query(Long.class).single() > 0;
    }

    long insertStatement(NewStatement s) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into finance_statement (file_key, proceeding_id, file_name, media_type, size_bytes, sha256,
                    format, detected, owner_account, mapping, on_error, imported, skipped, chunks, uploaded_by, uploaded_at)
                values (:key, :p, :name, :type, :size, :sha, :format, :detected, :owner, :mapping, :onError, :imported, :skipped,
                    :chunks, :by, :at)
                """)
                .param("key", s.fileKey()).param("p", s.proceedingId()).param("name", s.fileName())
                .param("type", s.mediaType()).param("size", s.sizeBytes()).param("sha", s.sha256())
                .param("format", s.format()).param("detected", s.detected())
                .param("owner", s.ownerAccount() == null ? null
                        : encryption.encrypt(s.ownerAccount(), FinanceColumns.OWNER_ACCOUNT.context(s.fileKey())))
                .param("mapping", s.mapping())
                .param("onError", s.onError()).param("imported", s.imported()).param("skipped", s.skipped())
                .param("chunks", s.chunks()).param("by", s.by()).param("at", utc(s.at()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private static final String STATEMENT = "select id, proceeding_id, file_name, media_type, size_bytes, sha256, detected,"
            + " owner_account, mapping, imported, skipped, uploaded_by, uploaded_at, file_key from finance_statement ";

    List<Statement> statements(long proceedingId) {
        return jdbc.sql(STATEMENT + "where proceeding_id = :p order by id").param("p", proceedingId)
                .query(this::statement).list();
    }

    Optional<Statement> statement(long proceedingId, long id) {
        return jdbc.sql(STATEMENT + "where proceeding_id = :p and id = :id").param("p", proceedingId).param("id", id)
                .query(this::statement).optional();
    }

    private Statement statement(ResultSet rs, int n) throws SQLException {
        return new Statement(rs.getLong("id"), rs.getLong("proceeding_id"), rs.getString("file_name"),
                rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("detected"),
                ownerAccount(rs.getString("owner_account"), rs.getString("file_key")), rs.getString("mapping") != null,
                rs.getLong("imported"),
                rs.getLong("skipped"), rs.getString("uploaded_by"), instant(rs, "uploaded_at"));
    }

    /**
     * What the engine needs to read a stored statement again: {@code chunks} is null for a statement stored before
     * V25, whose bytes are the single value {@code contentEnc}; else the bytes are that many chunk rows.
     */
    record StoredFile(long id, String fileKey, String fileName, String format, String ownerAccount, String mapping,
                      String onError, String contentEnc, String mediaType, String sha256, long sizeBytes, Integer chunks) {
    }

    Optional<StoredFile> file(long id) {
        return jdbc.sql("select id, file_key, file_name, format, owner_account, mapping, on_error, content_enc,"
                        + " media_type, sha256, size_bytes, chunks from finance_statement where id = :id").param("id", id)
                .query((rs, n) -> new StoredFile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        ownerAccount(rs.getString(5), rs.getString(2)), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getLong(11), rs.getObject(12, Integer.class))).optional();
    }

    private String ownerAccount(String stored, String fileKey) {
        return stored == null ? null : encryption.decrypt(stored, FinanceColumns.OWNER_ACCOUNT.context(fileKey));
    }

    void insertChunk(String chunkKey, long statementId, int chunkNo, int sizeBytes, String contentEnc) {
        jdbc.sql("insert into finance_statement_chunk (chunk_key, statement_id, chunk_no, size_bytes, content_enc)"
                        + " values (:key, :s, :n, :size, :content)")
                .param("key", chunkKey).param("s", statementId).param("n", chunkNo).param("size", sizeBytes)
                .param("content", contentEnc).update();
    }

    /** One chunk's ciphertext (only one chunk is held at a time). */
    Optional<String> chunk(long statementId, int chunkNo) {
        return jdbc.sql("select content_enc from finance_statement_chunk where statement_id = :s and chunk_no = :n")
                .param("s", statementId).param("n", chunkNo).query(String.class).optional();
    }

    // ---- analyses

    long insertAnalysis(long proceedingId, String by, Instant at, List<Long> statementIds, String rules) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into finance_analysis (proceeding_id, started_by, started_at, status, statement_ids, rules)
                values (:p, :by, :at, 'RUNNING', :ids, :rules)
                """)
                .param("p", proceedingId).param("by", by).param("at", utc(at))
                .param("ids", String.join(",", statementIds.stream().map(String::valueOf).toList()))
                .param("rules", rules).update(keys, "id");
        return keys.getKey().longValue();
    }

    record Totals(int transactions, int accounts, long skipped, int alerts, int findings, Instant from, Instant to) {
    }

    void finish(long id, Totals t, Instant at) {
        jdbc.sql("""
                update finance_analysis set status = 'DONE', finished_at = :at, transactions = :tx, accounts = :acc,
                    skipped = :skipped, alerts = :alerts, findings = :findings, period_from = :from, period_to = :to
                where id = :id
                """)
                .param("at", utc(at)).param("tx", t.transactions()).param("acc", t.accounts())
                .param("skipped", t.skipped()).param("alerts", t.alerts()).param("findings", t.findings())
                .param("from", utc(t.from())).param("to", utc(t.to())).param("id", id).update();
    }

    void fail(long id, String error, Instant at) {
        jdbc.sql("update finance_analysis set status = 'FAILED', finished_at = :at, error = :e where id = :id")
                .param("at", utc(at)).param("e", error.length() > 2000 ? error.substring(0, 2000) : error)
                .param("id", id).update();
    }

    /** Analyses left RUNNING by a stopped server: they can never finish. */
    int failInterrupted(Instant at) {
        return jdbc.sql("update finance_analysis set status = 'FAILED', finished_at = :at,"
                        + " error = 'the server stopped while the analysis ran; start it again' where status = 'RUNNING'")
                .param("at", utc(at)).update();
    }

    private static final String ANALYSIS = "select * from finance_analysis ";

    List<AnalysisRun> analyses(long proceedingId) {
        return jdbc.sql(ANALYSIS + "where proceeding_id = :p order by id desc").param("p", proceedingId)
                .query(FinanceStore::analysis).list();
    }

    Optional<AnalysisRun> analysis(long proceedingId, long id) {
        return jdbc.sql(ANALYSIS + "where proceeding_id = :p and id = :id").param("p", proceedingId).param("id", id)
                .query(FinanceStore::analysis).optional();
    }

    Optional<String> rules(long id) {
        return jdbc.sql("select rules from finance_analysis where id = :id").param("id", id)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).single();
    }

    private static AnalysisRun analysis(ResultSet rs, int n) throws SQLException {
        String ids = rs.getString("statement_ids");
        return new AnalysisRun(rs.getLong("id"), rs.getLong("proceeding_id"), rs.getString("started_by"),
                instant(rs, "started_at"), instant(rs, "finished_at"), Status.valueOf(rs.getString("status")),
                ids.isEmpty() ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList(),
                rs.getString("rules") != null, rs.getObject("transactions", Integer.class),
                rs.getObject("accounts", Integer.class), rs.getObject("skipped", Long.class),
                rs.getObject("alerts", Integer.class), rs.getObject("findings", Integer.class),
                instant(rs, "period_from"), instant(rs, "period_to"), rs.getString("error"), null,
                rs.getObject("model_id", Long.class));
    }

    // ---- alerts, findings, names

    record AlertRow(String alertKey, String alertId, String findingId, String typology, BigDecimal score,
                    List<String> accounts, List<String> transactions, String parameters, String explanationsEnc) {
    }

    void insertAlert(long analysisId, AlertRow a) {
        jdbc.sql("""
                insert into finance_alert (alert_key, analysis_id, alert_id, finding_id, typology, score, accounts,
                    transactions, parameters, explanations_enc)
                values (:key, :a, :id, :finding, :typology, :score, :accounts, :tx, :params, :expl)
                """)
                .param("key", a.alertKey()).param("a", analysisId).param("id", a.alertId())
                .param("finding", a.findingId()).param("typology", a.typology()).param("score", a.score())
                .param("accounts", encryption.encrypt(lines(a.accounts()), FinanceColumns.ALERT_ACCOUNTS.context(a.alertKey())))
                .param("tx", lines(a.transactions()))
                .param("params", a.parameters()).param("expl", a.explanationsEnc()).update();
    }

    List<AlertRow> alerts(long analysisId, String findingId) {
        return jdbc.sql("select * from finance_alert where analysis_id = :a and finding_id = :f order by alert_id")
                .param("a", analysisId).param("f", findingId)
                .query((rs, n) -> new AlertRow(rs.getString("alert_key"), rs.getString("alert_id"),
                        rs.getString("finding_id"), rs.getString("typology"), rs.getBigDecimal("score"),
                        list(encryption.decrypt(rs.getString("accounts"),
                                FinanceColumns.ALERT_ACCOUNTS.context(rs.getString("alert_key")))),
                        list(rs.getString("transactions")), rs.getString("parameters"),
                        rs.getString("explanations_enc"))).list();
    }

    /** The accounts are encrypted bound to the finding's id, so the row is inserted first. */
    void insertFinding(long analysisId, String findingId, List<String> typologies, BigDecimal score,
                       List<String> accounts, List<String> transactions, List<String> alertIds, BigDecimal modelScore) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into finance_finding (analysis_id, finding_id, typologies, score, accounts, transactions,
                    alert_ids, review, model_score)
                values (:a, :id, :typologies, :score, '', :tx, :alerts, 'OPEN', :model)
                """)
                .param("a", analysisId).param("id", findingId).param("typologies", String.join(",", typologies))
                .param("score", score).param("tx", lines(transactions))
                .param("alerts", lines(alertIds)).param("model", modelScore).update(keys, "id");
        long id = keys.getKey().longValue();
        jdbc.sql("update finance_finding set accounts = :accounts where id = :id")
                .param("accounts", encryption.encrypt(lines(accounts), FinanceColumns.FINDING_ACCOUNTS.context(id)))
                .param("id", id).update();
    }

    List<Finding> findings(long analysisId) {
        return jdbc.sql("select * from finance_finding where analysis_id = :a order by id").param("a", analysisId)
                .query(this::finding).list();
    }

    Optional<Finding> finding(long analysisId, String findingId) {
        return jdbc.sql("select * from finance_finding where analysis_id = :a and finding_id = :f")
                .param("a", analysisId).param("f", findingId).query(this::finding).optional();
    }

    boolean review(long analysisId, String findingId, Review state, String note, String by, Instant at) {
        return jdbc.sql("""
                update finance_finding set review = :state, note = :note, reviewed_by = :by, reviewed_at = :at
                where analysis_id = :a and finding_id = :f
                """)
                .param("state", state.name()).param("note", note).param("by", by).param("at", utc(at))
                .param("a", analysisId).param("f", findingId).update() == 1;
    }

    private Finding finding(ResultSet rs, int n) throws SQLException {
        return new Finding(rs.getString("finding_id"), rs.getLong("analysis_id"),
                List.of(rs.getString("typologies").split(",")), rs.getBigDecimal("score"),
                list(encryption.decrypt(rs.getString("accounts"), FinanceColumns.FINDING_ACCOUNTS.context(rs.getLong("id")))),
                list(rs.getString("transactions")), list(rs.getString("alert_ids")),
                Review.valueOf(rs.getString("review")), rs.getString("note"), rs.getString("reviewed_by"),
                instant(rs, "reviewed_at"), rs.getBigDecimal("model_score"));
    }

    // ---- the learned ranking

    /** A stored model: what the application shows and the model file's text. */
    record ModelRow(FinancialAnalyses.RankingModel info, String model) {
    }

    long insertModel(long analysisId, String by, Instant at, int accounts, int confirmed, int dismissed,
                     BigDecimal threshold, BigDecimal f1, String model) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into finance_ranking_model (analysis_id, trained_by, trained_at, accounts, confirmed, dismissed,
                    threshold, out_of_fold_f1, model)
                values (:a, :by, :at, :accounts, :confirmed, :dismissed, :threshold, :f1, :model)
                """)
                .param("a", analysisId).param("by", by).param("at", utc(at)).param("accounts", accounts)
                .param("confirmed", confirmed).param("dismissed", dismissed).param("threshold", threshold)
                .param("f1", f1).param("model", model).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The newest model, if any. */
    Optional<ModelRow> latestModel() {
        return jdbc.sql("select * from finance_ranking_model order by id desc fetch first 1 rows only")
                .query((rs, n) -> new ModelRow(new FinancialAnalyses.RankingModel(rs.getLong("id"),
                        instant(rs, "trained_at"), rs.getInt("accounts"), rs.getInt("confirmed"),
                        rs.getInt("dismissed"), rs.getBigDecimal("threshold"), rs.getBigDecimal("out_of_fold_f1")),
                        rs.getString("model"))).optional();
    }

    void modelUsed(long analysisId, long modelId) {
        jdbc.sql("update finance_analysis set model_id = :m where id = :id").param("m", modelId)
                .param("id", analysisId).update();
    }

    void insertName(String nameKey, long analysisId, String account, String nameEnc) {
        jdbc.sql("insert into finance_account_name (name_key, analysis_id, account, name_enc) values (:k, :a, :acc, :n)")
                .param("k", nameKey).param("a", analysisId).param("acc", accountHash.of(account)).param("n", nameEnc)
                .update();
    }

    /** name_key, account and ciphertext per account of the analysis among the given ones. */
    List<String[]> names(long analysisId, List<String> accounts) {
        if (accounts.isEmpty()) {
            return List.of();
        }
        var byHash = new java.util.HashMap<String, String>();
        accounts.forEach(a -> byHash.put(accountHash.of(a), a));
        return jdbc.sql("select name_key, account, name_enc from finance_account_name where analysis_id = :a"
                        + " and account in (:accounts)").param("a", analysisId).param("accounts", List.copyOf(byHash.keySet()))
                .query((rs, n) -> new String[] {rs.getString(1), byHash.get(rs.getString(2)), rs.getString(3)}).list();
    }
}
