package org.nadiya.screening.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for batches, screened ads, their indicators, selectors and attachments to proceedings. */
@Repository
class AdStore {

    private final JdbcClient jdbc;

    AdStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A batch as stored. {@code status}: RUNNING while ads wait to be screened, DONE, FAILED (with the reason). */
    public record BatchRow(long id, String source, String fileName, String format, String uploadedBy, Instant uploadedAt,
                           String rulesVersion, String rulesSha256, String status, int total, int screened, int high,
                           int medium, int low, int badLines, String badReport, Instant finishedAt) {

        public boolean running() {
            return "RUNNING".equals(status);
        }

        public int percent() {
            return total == 0 ? 100 : (int) Math.min(100, (long) screened * 100 / total);
        }
    }

    /** An ad as stored: its encrypted fields and, once screened, its result. */
    record AdRow(long id, long batchId, int lineNo, String adKey, String adEnc, BigDecimal risk, String level,
                 String language, String rulesVersion, String rulesSha256, Instant screenedAt) {
    }

    record IndicatorRow(long adId, String code, BigDecimal weight, int start, int end) {
    }

    record SelectorRow(long adId, String selectorKey, String type, String hash, String valueEnc, String identifierEnc,
                       int start, int end) {
    }

    record AttachmentRow(long id, long adId, long proceedingId, String attachedBy, Instant attachedAt, String note) {
    }

    static OffsetDateTime utc(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    long insertBatch(String source, String fileName, String format, String by, Instant at, String rulesVersion,
                     String rulesSha256, int total, int badLines, String badReport) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into ad_batch (source, file_name, format, uploaded_by, uploaded_at, rules_version, rules_sha256,
                    status, total, screened, high, medium, low, bad_lines, bad_report)
                values (:source, :file, :format, :by, :at, :rv, :rs, 'RUNNING', :total, 0, 0, 0, 0, :bad, :report)
                """)
                .param("source", source).param("file", fileName).param("format", format).param("by", by)
                .param("at", utc(at)).param("rv", rulesVersion).param("rs", rulesSha256).param("total", total)
                .param("bad", badLines).param("report", badReport).update(keys, "id");
        return keys.getKey().longValue();
    }

    long insertAd(long batchId, int lineNo, String adKey, String adEnc) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into screened_ad (batch_id, line_no, ad_key, ad_enc) values (:b, :l, :k, :e)")
                .param("b", batchId).param("l", lineNo).param("k", adKey).param("e", adEnc).update(keys, "id");
        return keys.getKey().longValue();
    }

    private static final String BATCH = "select id, source, file_name, format, uploaded_by, uploaded_at, rules_version,"
            + " rules_sha256, status, total, screened, high, medium, low, bad_lines, bad_report, finished_at from ad_batch ";

    private static BatchRow batchRow(ResultSet rs, int n) throws SQLException {
        return new BatchRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                instant(rs, 6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getInt(10), rs.getInt(11),
                rs.getInt(12), rs.getInt(13), rs.getInt(14), rs.getInt(15), rs.getString(16), instant(rs, 17));
    }

    Optional<BatchRow> batch(long id) {
        return jdbc.sql(BATCH + "where id = :id").param("id", id).query(AdStore::batchRow).optional();
    }

    List<BatchRow> batches(int limit) {
        return jdbc.sql(BATCH + "order by uploaded_at desc, id desc limit :n").param("n", limit).query(AdStore::batchRow).list();
    }

    /** Locks the batch row for the calling transaction; false when the batch is no longer being screened. */
    boolean lockRunning(long batchId) {
        return jdbc.sql("select status from ad_batch where id = :id for update").param("id", batchId)
                .query(String.class).optional().filter("RUNNING"::equals).isPresent();
    }

    private static final String AD = "select id, batch_id, line_no, ad_key, ad_enc, risk, level, language, rules_version,"
            + " rules_sha256, screened_at from screened_ad ";

    private static AdRow adRow(ResultSet rs, int n) throws SQLException {
        return new AdRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                rs.getBigDecimal(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), instant(rs, 11));
    }

    Optional<AdRow> ad(long id) {
        return jdbc.sql(AD + "where id = :id").param("id", id).query(AdStore::adRow).optional();
    }

    /** The next ads of the batch still waiting to be screened, in file order. */
    List<AdRow> unscreened(long batchId, int limit) {
        return jdbc.sql(AD + "where batch_id = :b and risk is null order by line_no limit :n").param("b", batchId)
                .param("n", limit).query(AdStore::adRow).list();
    }

    /**
     * The batch's screened ads, riskiest first (or in file order), of one level or all.
     *
     * @param sort {@code risk} (highest first), {@code risk-asc} or {@code line}
     */
    List<AdRow> screenedAds(long batchId, String level, String sort, int limit) {
        String order = switch (sort) {
            case "risk-asc" -> "risk asc, line_no";
            case "line" -> "line_no";
            default -> "risk desc, line_no";
        };
        return jdbc.sql(AD + "where batch_id = :b and risk is not null" + (level == null ? "" : " and level = :level")
                        + " order by " + order + " limit :n")
                .param("b", batchId).params(level == null ? java.util.Map.of() : java.util.Map.of("level", level))
                .param("n", limit).query(AdStore::adRow).list();
    }

    void storeResult(long adId, double risk, String level, String language, String rulesVersion, String rulesSha256,
                     Instant at) {
        jdbc.sql("""
                update screened_ad set risk = :risk, level = :level, language = :lang, rules_version = :rv,
                    rules_sha256 = :rs, screened_at = :at where id = :id
                """)
                .param("risk", BigDecimal.valueOf(risk).setScale(4, RoundingMode.HALF_UP)).param("level", level)
                .param("lang", language).param("rv", rulesVersion).param("rs", rulesSha256).param("at", utc(at))
                .param("id", adId).update();
    }

    void insertIndicator(long adId, String code, double weight, int start, int end) {
        jdbc.sql("insert into screened_ad_indicator (ad_id, code, weight, span_start, span_end) values (:a, :c, :w, :s, :e)")
                .param("a", adId).param("c", code).param("w", BigDecimal.valueOf(weight).setScale(4, RoundingMode.HALF_UP))
                .param("s", start).param("e", end).update();
    }

    void insertSelector(long adId, String selectorKey, String type, String hash, String valueEnc, String identifierEnc,
                        int start, int end) {
        jdbc.sql("""
                insert into screened_ad_selector (ad_id, selector_key, type, selector_hash, value_enc, identifier_enc,
                    span_start, span_end) values (:a, :k, :t, :h, :v, :i, :s, :e)
                """)
                .param("a", adId).param("k", selectorKey).param("t", type).param("h", hash).param("v", valueEnc)
                .param("i", identifierEnc).param("s", start).param("e", end).update();
    }

    List<IndicatorRow> indicators(Collection<Long> adIds) {
        if (adIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select ad_id, code, weight, span_start, span_end from screened_ad_indicator where ad_id in (:ids)"
                        + " order by ad_id, id")
                .param("ids", List.copyOf(adIds))
                .query((rs, n) -> new IndicatorRow(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getInt(4),
                        rs.getInt(5))).list();
    }

    List<SelectorRow> selectors(Collection<Long> adIds) {
        if (adIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select ad_id, selector_key, type, selector_hash, value_enc, identifier_enc, span_start, span_end"
                        + " from screened_ad_selector where ad_id in (:ids) order by ad_id, id")
                .param("ids", List.copyOf(adIds))
                .query((rs, n) -> new SelectorRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8))).list();
    }

    /** How many other ads hold a selector with this keyed hash. */
    long otherAdsWith(String hash, long exceptAd) {
        return jdbc.sql("select count(distinct ad_id) from screened_ad_selector where selector_hash = :h and ad_id <> :a")
                .param("h", hash).param("a", exceptAd).query(Long.class).single();
    }

    void progress(long batchId, int screenedNow) {
        jdbc.sql("update ad_batch set screened = screened + :n where id = :id").param("n", screenedNow).param("id", batchId)
                .update();
    }

    /** Closes the batch: counts per level from its stored results. */
    void finish(long batchId, String status, String report, Instant at) {
        jdbc.sql("""
                update ad_batch set status = :status,
                    screened = (select count(*) from screened_ad where batch_id = :id and risk is not null),
                    high = (select count(*) from screened_ad where batch_id = :id and level = 'high'),
                    medium = (select count(*) from screened_ad where batch_id = :id and level = 'medium'),
                    low = (select count(*) from screened_ad where batch_id = :id and level = 'low'),
                    bad_report = coalesce(:report, bad_report), finished_at = :at
                where id = :id
                """)
                .param("status", status).param("report", report).param("at", utc(at)).param("id", batchId).update();
    }

    boolean attached(long adId, long proceedingId) {
        return jdbc.sql("select count(*) from screened_ad_attachment where ad_id = :a and proceeding_id = :p")
                .param("a", adId).param("p", proceedingId).query(Long.class).single() > 0;
    }

    long attach(long adId, long proceedingId, String by, Instant at, String note) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into screened_ad_attachment (ad_id, proceeding_id, attached_by, attached_at, note)"
                        + " values (:a, :p, :by, :at, :note)")
                .param("a", adId).param("p", proceedingId).param("by", by).param("at", utc(at)).param("note", note)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private static final String ATTACHMENT = "select id, ad_id, proceeding_id, attached_by, attached_at, note"
            + " from screened_ad_attachment ";

    private static AttachmentRow attachmentRow(ResultSet rs, int n) throws SQLException {
        return new AttachmentRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), instant(rs, 5),
                rs.getString(6));
    }

    List<AttachmentRow> attachmentsOfAd(long adId) {
        return jdbc.sql(ATTACHMENT + "where ad_id = :a order by attached_at, id").param("a", adId)
                .query(AdStore::attachmentRow).list();
    }

    List<AttachmentRow> attachmentsOfProceeding(long proceedingId) {
        return jdbc.sql(ATTACHMENT + "where proceeding_id = :p order by attached_at desc, id desc").param("p", proceedingId)
                .query(AdStore::attachmentRow).list();
    }
}
