package org.nadiya.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.nadiya.cases.CaseActivity;
import org.nadiya.cases.DeadlineExtension;
import org.nadiya.cases.ExcludedPeriod;
import org.nadiya.cases.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for what happens inside a proceeding: stages, deadlines, tasks, evidence, notes, hearings. */
@Repository
class ActivityStore {

    private final JdbcClient jdbc;

    ActivityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void addTransition(long id, Stage from, Stage to, LocalDate on, String by, Instant now, String note) {
        jdbc.sql("""
                insert into stage_transition (proceeding_id, from_stage, to_stage, occurred_on, recorded_by, recorded_at, note)
                values (:id, :from, :to, :on, :by, :now, :note)
                """)
                .param("id", id).param("from", from == null ? null : from.name()).param("to", to.name())
                .param("on", on).param("by", by).param("now", Sql.ts(now)).param("note", note).update();
    }

    List<CaseActivity.StageChange> transitions(long id) {
        return jdbc.sql("select * from stage_transition where proceeding_id = :id order by occurred_on, id")
                .param("id", id)
                .query((rs, n) -> new CaseActivity.StageChange(rs.getLong("id"),
                        rs.getString("from_stage") == null ? null : Stage.valueOf(rs.getString("from_stage")),
                        Stage.valueOf(rs.getString("to_stage")), Sql.date(rs, "occurred_on"), rs.getString("recorded_by"),
                        rs.getString("note")))
                .list();
    }

    void addExtension(long id, int months, DeadlineExtension.Grantor grantor, String name, LocalDate on, String by,
                      Instant now) {
        jdbc.sql("""
                insert into deadline_extension (proceeding_id, total_months, granted_by, granted_by_name, granted_on,
                    recorded_by, recorded_at)
                values (:id, :m, :g, :name, :on, :by, :now)
                """)
                .param("id", id).param("m", months).param("g", grantor.name()).param("name", name).param("on", on)
                .param("by", by).param("now", Sql.ts(now)).update();
    }

    List<DeadlineExtension> extensions(long id) {
        return jdbc.sql("select * from deadline_extension where proceeding_id = :id order by granted_on, id")
                .param("id", id)
                .query((rs, n) -> new DeadlineExtension(rs.getLong("id"), rs.getInt("total_months"),
                        DeadlineExtension.Grantor.valueOf(rs.getString("granted_by")), rs.getString("granted_by_name"),
                        Sql.date(rs, "granted_on")))
                .list();
    }

    void openPeriod(long id, ExcludedPeriod.Kind kind, LocalDate from, LocalDate to, String by) {
        jdbc.sql("insert into excluded_period (proceeding_id, kind, from_on, to_on, recorded_by) values (:id, :k, :f, :t, :by)")
                .param("id", id).param("k", kind.name()).param("f", from).param("t", to).param("by", by).update();
    }

    void closeOpenSuspension(long id, LocalDate to) {
        jdbc.sql("update excluded_period set to_on = :t where proceeding_id = :id and kind = 'SUSPENSION' and to_on is null")
                .param("t", to).param("id", id).update();
    }

    List<ExcludedPeriod> periods(long id) {
        return jdbc.sql("select * from excluded_period where proceeding_id = :id order by from_on, id").param("id", id)
                .query((rs, n) -> new ExcludedPeriod(rs.getLong("id"), ExcludedPeriod.Kind.valueOf(rs.getString("kind")),
                        Sql.date(rs, "from_on"), Sql.date(rs, "to_on")))
                .list();
    }

    long addTask(long id, String title, Long assigneeId, LocalDate due, String by, Instant now) {
        jdbc.sql("""
                insert into task (proceeding_id, title, assignee_id, due_on, done, created_by, created_at)
                values (:id, :title, :assignee, :due, false, :by, :now)
                """)
                .param("id", id).param("title", title).param("assignee", assigneeId).param("due", due)
                .param("by", by).param("now", Sql.ts(now)).update();
        return lastId("task", id);
    }

    boolean completeTask(long id, long taskId, Instant now) {
        return jdbc.sql("update task set done = true, done_at = :now where id = :t and proceeding_id = :id and done = false")
                .param("now", Sql.ts(now)).param("t", taskId).param("id", id).update() == 1;
    }

    List<CaseActivity.Task> tasks(long id) {
        return jdbc.sql("""
                select t.*, u.display_name from task t left join app_user u on u.id = t.assignee_id
                where t.proceeding_id = :id order by t.done, t.due_on, t.id
                """)
                .param("id", id)
                .query((rs, n) -> new CaseActivity.Task(rs.getLong("id"), rs.getString("title"),
                        rs.getObject("assignee_id", Long.class), rs.getString("display_name"), Sql.date(rs, "due_on"),
                        rs.getBoolean("done"), rs.getString("created_by"), Sql.instant(rs, "created_at"),
                        rs.getInt("version")))
                .list();
    }

    void storeFile(String sha256, byte[] content) {
        boolean known = jdbc.sql("select count(*) from evidence_file where sha256 = :h").param("h", sha256)
                .query(Long.class).single() > 0;
        if (!known) {
            jdbc.sql("insert into evidence_file (sha256, size_bytes, content) values (:h, :n, :c)")
                    .param("h", sha256).param("n", content.length).param("c", content).update();
        }
    }

    Optional<byte[]> file(String sha256) {
        return jdbc.sql("select content from evidence_file where sha256 = :h").param("h", sha256)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    long addEvidence(long id, String item, String source, LocalDate obtained, String storage, String fileName,
                     String sha256, String by, Instant now) {
        jdbc.sql("""
                insert into evidence (proceeding_id, item, source, obtained_on, storage, file_name, file_sha256,
                    created_by, created_at)
                values (:id, :item, :source, :obtained, :storage, :fileName, :sha, :by, :now)
                """)
                .param("id", id).param("item", item).param("source", source).param("obtained", obtained)
                .param("storage", storage).param("fileName", fileName).param("sha", sha256).param("by", by)
                .param("now", Sql.ts(now)).update();
        return lastId("evidence", id);
    }

    void addCustody(long evidenceId, LocalDate on, String from, String to, String purpose, String by, Instant now) {
        jdbc.sql("""
                insert into custody_entry (evidence_id, occurred_on, from_holder, to_holder, purpose, recorded_by, recorded_at)
                values (:e, :on, :from, :to, :purpose, :by, :now)
                """)
                .param("e", evidenceId).param("on", on).param("from", from).param("to", to).param("purpose", purpose)
                .param("by", by).param("now", Sql.ts(now)).update();
    }

    List<CaseActivity.Evidence> evidence(long id) {
        var custody = jdbc.sql("""
                select c.* from custody_entry c join evidence e on e.id = c.evidence_id
                where e.proceeding_id = :id order by c.occurred_on, c.id
                """)
                .param("id", id)
                .query((rs, n) -> new Object[] {rs.getLong("evidence_id"), new CaseActivity.Custody(rs.getLong("id"),
                        Sql.date(rs, "occurred_on"), rs.getString("from_holder"), rs.getString("to_holder"),
                        rs.getString("purpose"), rs.getString("recorded_by"))})
                .list();
        return jdbc.sql("""
                select e.*, f.size_bytes from evidence e left join evidence_file f on f.sha256 = e.file_sha256
                where e.proceeding_id = :id order by e.obtained_on, e.id
                """)
                .param("id", id)
                .query((rs, n) -> {
                    long evidenceId = rs.getLong("id");
                    return new CaseActivity.Evidence(evidenceId, rs.getString("item"), rs.getString("source"),
                            Sql.date(rs, "obtained_on"), rs.getString("storage"), rs.getString("file_name"),
                            rs.getString("file_sha256"), rs.getObject("size_bytes", Long.class), rs.getString("created_by"),
                            Sql.instant(rs, "created_at"), custody.stream().filter(c -> (Long) c[0] == evidenceId)
                                    .map(c -> (CaseActivity.Custody) c[1]).toList());
                })
                .list();
    }

    long addNote(long id, String text, String by, Instant now) {
        jdbc.sql("insert into note (proceeding_id, text, author, created_at) values (:id, :t, :by, :now)")
                .param("id", id).param("t", text).param("by", by).param("now", Sql.ts(now)).update();
        return lastId("note", id);
    }

    List<CaseActivity.Note> notes(long id) {
        return jdbc.sql("select * from note where proceeding_id = :id order by created_at desc, id desc").param("id", id)
                .query((rs, n) -> new CaseActivity.Note(rs.getLong("id"), rs.getString("text"), rs.getString("author"),
                        Sql.instant(rs, "created_at")))
                .list();
    }

    long addHearing(long id, LocalDate on, String court, String outcome, String by, Instant now) {
        jdbc.sql("""
                insert into hearing (proceeding_id, held_on, court, outcome, recorded_by, recorded_at)
                values (:id, :on, :court, :outcome, :by, :now)
                """)
                .param("id", id).param("on", on).param("court", court).param("outcome", outcome).param("by", by)
                .param("now", Sql.ts(now)).update();
        return lastId("hearing", id);
    }

    List<CaseActivity.Hearing> hearings(long id) {
        return jdbc.sql("select * from hearing where proceeding_id = :id order by held_on, id").param("id", id)
                .query((rs, n) -> new CaseActivity.Hearing(rs.getLong("id"), Sql.date(rs, "held_on"), rs.getString("court"),
                        rs.getString("outcome"), rs.getString("recorded_by")))
                .list();
    }

    long addDecision(long id, String facts, String proposed, String grounds, String body, String decided, String reason,
                     String by, Instant now) {
        jdbc.sql("""
                insert into qualification_decision (proceeding_id, facts_json, proposed, grounds, suggested_body, decided,
                    override_reason, decided_by, decided_at)
                values (:id, :facts, :proposed, :grounds, :body, :decided, :reason, :by, :now)
                """)
                .param("id", id).param("facts", facts).param("proposed", proposed).param("grounds", grounds)
                .param("body", body).param("decided", decided).param("reason", reason).param("by", by)
                .param("now", Sql.ts(now)).update();
        return lastId("qualification_decision", id);
    }

    List<org.nadiya.cases.QualificationDecision> decisions(long id) {
        return jdbc.sql("select * from qualification_decision where proceeding_id = :id order by decided_at desc, id desc")
                .param("id", id)
                .query((rs, n) -> new org.nadiya.cases.QualificationDecision(rs.getLong("id"), rs.getString("facts_json"),
                        rs.getString("proposed"), rs.getString("grounds"),
                        org.nadiya.cases.InvestigativeBody.valueOf(rs.getString("suggested_body")), rs.getString("decided"),
                        rs.getString("override_reason"), rs.getString("decided_by"), Sql.instant(rs, "decided_at")))
                .list();
    }

    List<org.nadiya.cases.UpcomingHearing> upcomingHearings(java.util.Collection<Long> proceedingIds, LocalDate from,
                                                            LocalDate to) {
        return jdbc.sql("select proceeding_id, held_on, court from hearing where proceeding_id in (:ids)"
                        + " and held_on >= :from and held_on <= :to order by held_on, id")
                .param("ids", List.copyOf(proceedingIds)).param("from", from).param("to", to)
                .query((rs, n) -> new org.nadiya.cases.UpcomingHearing(rs.getLong(1), Sql.date(rs, "held_on"),
                        rs.getString(3)))
                .list();
    }

    /** The id just inserted into a table of this proceeding (inserts are serialised by the proceeding's row lock). */
    private long lastId(String table, long proceedingId) {
        return jdbc.sql("select max(id) from " + table + " where proceeding_id = :id").param("id", proceedingId)
                .query(Long.class).single();
    }
}
