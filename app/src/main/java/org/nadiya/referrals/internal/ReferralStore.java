package org.nadiya.referrals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.nadiya.cases.Stage;
import org.nadiya.referrals.DeclineReason;
import org.nadiya.referrals.Need;
import org.nadiya.referrals.NeedStatus;
import org.nadiya.referrals.Priority;
import org.nadiya.referrals.ReferralOutcome;
import org.nadiya.referrals.ReferralStatus;
import org.nadiya.victims.ServiceType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for needs, referrals and notifications; parameters always bound. */
@Repository
class ReferralStore {

    /** A referral row as stored (the person by id only). */
    record Row(long id, long needId, long personId, String partnerCode, ServiceType service, ReferralStatus status,
               boolean sentIdentity, boolean sentCaseDetails, Instant sentAt, String sentBy, Instant answeredAt,
               DeclineReason declineReason, ReferralOutcome outcome, Priority priority) {
    }

    /** A referral with the priority of its need. */
    private static final String REFERRAL = "select r.*, n.priority from referral r join need n on n.id = r.need_id";

    private final JdbcClient jdbc;

    ReferralStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    long insertNeed(long personId, ServiceType category, Priority priority, LocalDate on, String by, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into need (person_id, category, priority, status, recorded_on, recorded_by, updated_at)
                values (:person, :category, :priority, 'OPEN', :on, :by, :at)""")
                .param("person", personId).param("category", category.name()).param("priority", priority.name())
                .param("on", on).param("by", by).param("at", utc(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Need> need(long id) {
        return jdbc.sql("select * from need where id = :id").param("id", id).query(ReferralStore::need).optional();
    }

    List<Need> needsOf(long personId) {
        return jdbc.sql("select * from need where person_id = :p order by id desc").param("p", personId)
                .query(ReferralStore::need).list();
    }

    long openNeeds(List<Long> personIds) {
        if (personIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from need where status in ('OPEN', 'IN_PROGRESS') and person_id in (:ids)")
                .param("ids", personIds).query(Long.class).single();
    }

    void setNeedStatus(long id, NeedStatus status, Instant now) {
        jdbc.sql("update need set status = :s, updated_at = :at where id = :id").param("s", status.name())
                .param("at", utc(now)).param("id", id).update();
    }

    private static Need need(ResultSet rs, int n) throws SQLException {
        return new Need(rs.getLong("id"), rs.getLong("person_id"), ServiceType.valueOf(rs.getString("category")),
                Priority.valueOf(rs.getString("priority")), NeedStatus.valueOf(rs.getString("status")),
                rs.getObject("recorded_on", LocalDate.class), rs.getString("recorded_by"));
    }

    long insertReferral(Need need, String partnerCode, boolean identity, boolean caseDetails, String by, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into referral (need_id, person_id, partner_code, service, status, sent_identity, sent_case_details,
                    sent_at, sent_by, updated_at, updated_by)
                values (:need, :person, :partner, :service, 'SENT', :identity, :details, :at, :by, :at, :by)""")
                .param("need", need.id()).param("person", need.personId()).param("partner", partnerCode)
                .param("service", need.category().name()).param("identity", identity).param("details", caseDetails)
                .param("at", utc(now)).param("by", by).update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Row> referral(long id) {
        return jdbc.sql(REFERRAL + " where r.id = :id").param("id", id).query(ReferralStore::row).optional();
    }

    List<Row> forPartner(String partnerCode) {
        return jdbc.sql(REFERRAL + " where r.partner_code = :p order by r.id desc").param("p", partnerCode)
                .query(ReferralStore::row).list();
    }

    List<Row> ofPerson(long personId) {
        return jdbc.sql(REFERRAL + " where r.person_id = :p order by r.id desc").param("p", personId)
                .query(ReferralStore::row).list();
    }

    List<Row> all() {
        return jdbc.sql(REFERRAL + " order by r.id desc").query(ReferralStore::row).list();
    }

    /** Moves a referral only from the status it was read in (a concurrent change makes this return false). */
    boolean move(long id, ReferralStatus from, ReferralStatus to, DeclineReason reason, ReferralOutcome outcome,
                 boolean answer, String by, Instant now) {
        return jdbc.sql("""
                update referral set status = :to, decline_reason = coalesce(:reason, decline_reason),
                    outcome = coalesce(:outcome, outcome),
                    answered_at = coalesce(answered_at, :answered), updated_at = :at, updated_by = :by
                where id = :id and status = :from""")
                .param("to", to.name()).param("reason", reason == null ? null : reason.name())
                .param("outcome", outcome == null ? null : outcome.name()).param("answered", answer ? utc(now) : null)
                .param("at", utc(now)).param("by", by).param("id", id).param("from", from.name()).update() == 1;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String reason = rs.getString("decline_reason");
        String outcome = rs.getString("outcome");
        return new Row(rs.getLong("id"), rs.getLong("need_id"), rs.getLong("person_id"), rs.getString("partner_code"),
                ServiceType.valueOf(rs.getString("service")), ReferralStatus.valueOf(rs.getString("status")),
                rs.getBoolean("sent_identity"), rs.getBoolean("sent_case_details"), instant(rs, "sent_at"),
                rs.getString("sent_by"), instant(rs, "answered_at"), reason == null ? null : DeclineReason.valueOf(reason),
                outcome == null ? null : ReferralOutcome.valueOf(outcome), Priority.valueOf(rs.getString("priority")));
    }

    /** Idempotent: a republished event (decision 0009) does not notify twice about the same stage change. */
    void insertNotification(long personId, long proceedingId, Stage from, Stage to, LocalDate on, Instant now) {
        jdbc.sql("""
                insert into referral_notification (person_id, proceeding_id, from_stage, to_stage, changed_on, created_at)
                select :person, :proceeding, :from, :to, :on, :at
                where not exists (select 1 from referral_notification n where n.person_id = :person
                    and n.proceeding_id = :proceeding and n.from_stage = :from and n.to_stage = :to
                    and n.changed_on = :on)""")
                .param("person", personId).param("proceeding", proceedingId).param("from", from.name())
                .param("to", to.name()).param("on", on).param("at", utc(now)).update();
    }

    /** A stage-change notification not yet done, as stored. */
    record OpenNotification(long id, long personId, long proceedingId, Stage from, Stage to, LocalDate on) {
    }

    List<OpenNotification> openNotifications() {
        return jdbc.sql("select * from referral_notification where acknowledged_at is null order by changed_on, id")
                .query(ReferralStore::openNotification).list();
    }

    Optional<OpenNotification> openNotification(long id) {
        return jdbc.sql("select * from referral_notification where id = :id and acknowledged_at is null")
                .param("id", id).query(ReferralStore::openNotification).optional();
    }

    private static OpenNotification openNotification(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new OpenNotification(rs.getLong("id"), rs.getLong("person_id"), rs.getLong("proceeding_id"),
                Stage.valueOf(rs.getString("from_stage")), Stage.valueOf(rs.getString("to_stage")),
                rs.getObject("changed_on", LocalDate.class));
    }

    /** Records how and when the person was told; false when someone else recorded it first. */
    boolean inform(long id, String how, LocalDate on, String by, Instant now) {
        return jdbc.sql("""
                update referral_notification set informed_on = :on, informed_how = :how, acknowledged_at = :at,
                    acknowledged_by = :by
                where id = :id and acknowledged_at is null""")
                .param("on", on).param("how", how).param("at", utc(now)).param("by", by).param("id", id).update() == 1;
    }

    /** Demo only: moves a referral's sending time back (to show an overdue one). */
    void backdate(long id, Instant sentAt) {
        jdbc.sql("update referral set sent_at = :at, updated_at = :at where id = :id").param("at", utc(sentAt))
                .param("id", id).update();
    }
}
