package org.nadiya.victims.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.nadiya.victims.DecidingBody;
import org.nadiya.victims.Interview;
import org.nadiya.victims.InterviewPlan;
import org.nadiya.victims.InterviewPurpose;
import org.nadiya.victims.InterviewStatus;
import org.nadiya.victims.InterviewWarning;
import org.nadiya.victims.RiskLevel;
import org.nadiya.victims.StatusDecision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for interviews, risk assessments (ciphertexts only) and status applications. */
@Repository
class SupportStore {

    private final JdbcClient jdbc;

    SupportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static OffsetDateTime at(Instant now) {
        return OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    // --- interviews

    long insertInterview(long personId, InterviewPlan plan, String conductedBy, Set<InterviewWarning> warnings,
                         String reason, String by, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into interview (person_id, scheduled_on, conducted_by, purpose, video_recorded, psychologist,
                    legal_representative, barnahus, status, warnings, override_reason, planned_by, planned_at)
                values (:p, :on, :by, :purpose, :video, :psy, :rep, :barnahus, 'PLANNED', :warnings, :reason, :user, :at)
                """).param("p", personId).param("on", plan.scheduledOn()).param("by", conductedBy)
                .param("purpose", plan.purpose().name()).param("video", plan.videoRecorded())
                .param("psy", plan.psychologist()).param("rep", plan.legalRepresentative())
                .param("barnahus", plan.barnahus())
                .param("warnings", warnings.isEmpty() ? null
                        : warnings.stream().map(Enum::name).collect(Collectors.joining(",")))
                .param("reason", reason).param("user", by).param("at", at(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    private static final String INTERVIEW = """
            select id, person_id, scheduled_on, conducted_by, purpose, video_recorded, psychologist, legal_representative,
                   barnahus, status, duration_minutes, warnings, override_reason, planned_by
            from interview
            """;

    List<Interview> interviews(long personId) {
        return jdbc.sql(INTERVIEW + " where person_id = :p order by scheduled_on, id").param("p", personId)
                .query(SupportStore::interview).list();
    }

    Optional<Interview> interview(long personId, long id) {
        return jdbc.sql(INTERVIEW + " where person_id = :p and id = :id").param("p", personId).param("id", id)
                .query(SupportStore::interview).optional();
    }

    List<Interview> overWarnings(int limit) {
        return jdbc.sql(INTERVIEW + " where warnings is not null order by planned_at desc, id desc")
                .query(SupportStore::interview).list().stream().limit(limit).toList();
    }

    void recordOutcome(long id, InterviewStatus status, Integer minutes, boolean video) {
        jdbc.sql("update interview set status = :s, duration_minutes = :m, video_recorded = :v where id = :id")
                .param("s", status.name()).param("m", minutes).param("v", video).param("id", id).update();
    }

    private static Interview interview(ResultSet rs, int n) throws SQLException {
        String warnings = rs.getString("warnings");
        Set<InterviewWarning> set = EnumSet.noneOf(InterviewWarning.class);
        if (warnings != null && !warnings.isBlank()) {
            Arrays.stream(warnings.split(",")).map(InterviewWarning::valueOf).forEach(set::add);
        }
        int minutes = rs.getInt("duration_minutes");
        Integer duration = rs.wasNull() ? null : minutes;
        return new Interview(rs.getLong("id"), rs.getLong("person_id"), rs.getObject("scheduled_on", LocalDate.class),
                rs.getString("conducted_by"), InterviewPurpose.valueOf(rs.getString("purpose")),
                rs.getBoolean("video_recorded"), rs.getBoolean("psychologist"), rs.getBoolean("legal_representative"),
                rs.getBoolean("barnahus"), InterviewStatus.valueOf(rs.getString("status")), duration, set,
                rs.getString("override_reason"), rs.getString("planned_by"));
    }

    // --- risks

    /** A stored assessment: ciphertexts as they are in the table. */
    record StoredRisk(long id, String rowKey, long personId, RiskLevel level, String descriptionEnc, String measuresEnc,
                      LocalDate assessedOn, LocalDate reviewOn, String assessedBy) {
    }

    long insertRisk(String rowKey, long personId, RiskLevel level, String descriptionEnc, String measuresEnc,
                    LocalDate assessedOn, LocalDate reviewOn, String by, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into risk_assessment (row_key, person_id, level, description_enc, measures_enc, assessed_on,
                    review_on, assessed_by, created_at)
                values (:k, :p, :level, :d, :m, :on, :review, :by, :at)
                """).param("k", rowKey).param("p", personId).param("level", level.name()).param("d", descriptionEnc)
                .param("m", measuresEnc).param("on", assessedOn).param("review", reviewOn).param("by", by)
                .param("at", at(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    private static final String RISK = """
            select id, row_key, person_id, level, description_enc, measures_enc, assessed_on, review_on, assessed_by
            from risk_assessment
            """;

    List<StoredRisk> risks(long personId) {
        return jdbc.sql(RISK + " where person_id = :p order by assessed_on desc, id desc").param("p", personId)
                .query(SupportStore::risk).list();
    }

    /** The latest assessment of each person whose review date is before {@code today}. */
    List<StoredRisk> overdue(LocalDate today) {
        return jdbc.sql(RISK + """
                 r where r.review_on < :today and not exists (select 1 from risk_assessment n
                    where n.person_id = r.person_id and (n.assessed_on > r.assessed_on
                        or n.assessed_on = r.assessed_on and n.id > r.id))
                 order by r.review_on, r.id
                """).param("today", today).query(SupportStore::risk).list();
    }

    private static StoredRisk risk(ResultSet rs, int n) throws SQLException {
        return new StoredRisk(rs.getLong("id"), rs.getString("row_key"), rs.getLong("person_id"),
                RiskLevel.valueOf(rs.getString("level")), rs.getString("description_enc"), rs.getString("measures_enc"),
                rs.getObject("assessed_on", LocalDate.class), rs.getObject("review_on", LocalDate.class),
                rs.getString("assessed_by"));
    }

    // --- status applications

    /** A stored application before its warnings are computed. */
    record StoredApplication(long id, long personId, LocalDate appliedOn, LocalDate interviewOn, String bodyCode,
                             StatusDecision decision, LocalDate decidedOn, LocalDate validUntil, LocalDate extendedOn,
                             LocalDate extendedUntil, LocalDate appealOn, String appealCourt, String appealOutcome,
                             String recordedBy) {
    }

    long insertApplication(long personId, LocalDate appliedOn, LocalDate interviewOn, String bodyCode, String by,
                           Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into status_application (person_id, applied_on, interview_on, body_code, decision, recorded_by,
                    created_at)
                values (:p, :applied, :interview, :body, 'PENDING', :by, :at)
                """).param("p", personId).param("applied", appliedOn).param("interview", interviewOn)
                .param("body", bodyCode).param("by", by).param("at", at(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    private static final String APPLICATION = """
            select id, person_id, applied_on, interview_on, body_code, decision, decided_on, valid_until, extended_on,
                   extended_until, appeal_on, appeal_court, appeal_outcome, recorded_by
            from status_application
            """;

    List<StoredApplication> applications(long personId) {
        return jdbc.sql(APPLICATION + " where person_id = :p order by applied_on desc, id desc").param("p", personId)
                .query(SupportStore::application).list();
    }

    Optional<StoredApplication> application(long personId, long id) {
        return jdbc.sql(APPLICATION + " where person_id = :p and id = :id").param("p", personId).param("id", id)
                .query(SupportStore::application).optional();
    }

    void decide(long id, StatusDecision decision, LocalDate decidedOn, LocalDate validUntil) {
        jdbc.sql("update status_application set decision = :d, decided_on = :on, valid_until = :until where id = :id")
                .param("d", decision.name()).param("on", decidedOn).param("until", validUntil).param("id", id).update();
    }

    void extend(long id, LocalDate extendedOn, LocalDate extendedUntil) {
        jdbc.sql("update status_application set extended_on = :on, extended_until = :until where id = :id")
                .param("on", extendedOn).param("until", extendedUntil).param("id", id).update();
    }

    void appeal(long id, LocalDate appealOn, String court, String outcome) {
        jdbc.sql("update status_application set appeal_on = :on, appeal_court = :court, appeal_outcome = :outcome"
                        + " where id = :id")
                .param("on", appealOn).param("court", court).param("outcome", outcome).param("id", id).update();
    }

    private static StoredApplication application(ResultSet rs, int n) throws SQLException {
        return new StoredApplication(rs.getLong("id"), rs.getLong("person_id"),
                rs.getObject("applied_on", LocalDate.class), rs.getObject("interview_on", LocalDate.class),
                rs.getString("body_code"), StatusDecision.valueOf(rs.getString("decision")),
                rs.getObject("decided_on", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
                rs.getObject("extended_on", LocalDate.class), rs.getObject("extended_until", LocalDate.class),
                rs.getObject("appeal_on", LocalDate.class), rs.getString("appeal_court"),
                rs.getString("appeal_outcome"), rs.getString("recorded_by"));
    }

    List<DecidingBody> bodies() {
        return jdbc.sql("select code, name_uk, name_en, region_code from deciding_body where active = true order by region_code, code")
                .query((rs, n) -> new DecidingBody(rs.getString("code"), rs.getString("name_uk"), rs.getString("name_en"),
                        rs.getString("region_code"))).list();
    }
}
