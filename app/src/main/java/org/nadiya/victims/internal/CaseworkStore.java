package org.nadiya.victims.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.nadiya.victims.CaseStatus;
import org.nadiya.victims.ClosureReason;
import org.nadiya.victims.ServiceType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for a person's case status, support goals and contacts; texts arrive and leave encrypted. */
@Repository
class CaseworkStore {

    private final JdbcClient jdbc;

    CaseworkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record StoredGoal(long id, String rowKey, ServiceType area, String goalEnc, LocalDate targetOn,
                      Casework.GoalStatus status, LocalDate doneOn, String createdBy) {
    }

    record StoredContact(long id, String rowKey, LocalDate contactedOn, Casework.Channel channel, boolean reached,
                         String noteEnc, LocalDate followUpOn, String recordedBy) {
    }

    Casework.State state(long personId) {
        return jdbc.sql("select case_status, closed_on, closure_reason from protected_person where id = :id")
                .param("id", personId).query((rs, n) -> new Casework.State(CaseStatus.valueOf(rs.getString(1)),
                        rs.getObject(2, LocalDate.class), rs.getString(3) == null ? null
                        : ClosureReason.valueOf(rs.getString(3)))).single();
    }

    /** Sets the status; false when the person was not in {@code from} (a concurrent change). */
    boolean setState(long personId, CaseStatus from, CaseStatus to, LocalDate closedOn, ClosureReason reason) {
        return jdbc.sql("update protected_person set case_status = :to, closed_on = :on, closure_reason = :r"
                        + " where id = :id and case_status = :from").param("to", to.name()).param("on", closedOn)
                .param("r", reason == null ? null : reason.name()).param("id", personId).param("from", from.name())
                .update() == 1;
    }

    long insertGoal(String rowKey, long personId, ServiceType area, String goalEnc, LocalDate targetOn, String by,
                    Instant now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into support_goal (row_key, person_id, area, goal_enc, target_on, status, created_by, created_at)"
                        + " values (:k, :p, :a, :g, :t, 'OPEN', :by, :at)").param("k", rowKey).param("p", personId)
                .param("a", area.name()).param("g", goalEnc).param("t", targetOn).param("by", by)
                .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update(keys, "id");
        return keys.getKey().longValue();
    }

    List<StoredGoal> goals(long personId) {
        return jdbc.sql("select * from support_goal where person_id = :p order by case when status = 'OPEN' then 0 else 1 end,"
                        + " target_on, id").param("p", personId)
                .query((rs, n) -> new StoredGoal(rs.getLong("id"), rs.getString("row_key"),
                        ServiceType.valueOf(rs.getString("area")), rs.getString("goal_enc"),
                        rs.getObject("target_on", LocalDate.class), Casework.GoalStatus.valueOf(rs.getString("status")),
                        rs.getObject("done_on", LocalDate.class), rs.getString("created_by"))).list();
    }

    /** Closes an open goal of the person; false when there is none with that id. */
    boolean finishGoal(long personId, long goalId, Casework.GoalStatus status, LocalDate on) {
        return jdbc.sql("update support_goal set status = :s, done_on = :on where id = :id and person_id = :p"
                        + " and status = 'OPEN'").param("s", status.name()).param("on", on).param("id", goalId)
                .param("p", personId).update() == 1;
    }

    long insertContact(String rowKey, long personId, LocalDate on, Casework.Channel channel, boolean reached,
                       String noteEnc, LocalDate followUpOn, String by, Instant now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into person_contact (row_key, person_id, contacted_on, channel, reached, note_enc, follow_up_on,"
                        + " recorded_by, created_at) values (:k, :p, :on, :c, :r, :n, :f, :by, :at)")
                .param("k", rowKey).param("p", personId).param("on", on).param("c", channel.name()).param("r", reached)
                .param("n", noteEnc).param("f", followUpOn).param("by", by)
                .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update(keys, "id");
        return keys.getKey().longValue();
    }

    List<StoredContact> contacts(long personId) {
        return jdbc.sql("select * from person_contact where person_id = :p order by contacted_on desc, id desc")
                .param("p", personId)
                .query((rs, n) -> new StoredContact(rs.getLong("id"), rs.getString("row_key"),
                        rs.getObject("contacted_on", LocalDate.class), Casework.Channel.valueOf(rs.getString("channel")),
                        rs.getBoolean("reached"), rs.getString("note_enc"), rs.getObject("follow_up_on", LocalDate.class),
                        rs.getString("recorded_by"))).list();
    }
}
