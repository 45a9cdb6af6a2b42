package org.nadiya.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.nadiya.cases.CaseActivity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for editing tasks and for a user's tasks across proceedings. */
@Repository
class TaskStore {

    private final JdbcClient jdbc;

    TaskStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CaseActivity.Task> task(long proceedingId, long taskId) {
        return jdbc.sql("""
                select t.*, u.display_name from task t left join app_user u on u.id = t.assignee_id
                where t.id = :t and t.proceeding_id = :id
                """)
                .param("t", taskId).param("id", proceedingId)
                .query((rs, n) -> new CaseActivity.Task(rs.getLong("id"), rs.getString("title"),
                        rs.getObject("assignee_id", Long.class), rs.getString("display_name"), Sql.date(rs, "due_on"),
                        rs.getBoolean("done"), rs.getString("created_by"), Sql.instant(rs, "created_at"),
                        rs.getInt("version")))
                .optional();
    }

    /** Changes the task if nobody changed it since {@code version}; false otherwise. */
    boolean update(long proceedingId, long taskId, String title, Long assigneeId, LocalDate dueOn, int version,
                   Instant now) {
        return jdbc.sql("""
                update task set title = :title, assignee_id = :assignee, due_on = :due, version = version + 1,
                    updated_at = :now
                where id = :t and proceeding_id = :id and version = :v
                """)
                .param("title", title).param("assignee", assigneeId).param("due", dueOn).param("now", Sql.ts(now))
                .param("t", taskId).param("id", proceedingId).param("v", version).update() == 1;
    }

    boolean reopen(long proceedingId, long taskId, Instant now) {
        return jdbc.sql("""
                update task set done = false, done_at = null, version = version + 1, updated_at = :now
                where id = :t and proceeding_id = :id and done = true
                """)
                .param("now", Sql.ts(now)).param("t", taskId).param("id", proceedingId).update() == 1;
    }

    /**
     * Tasks assigned to the user in any proceeding, nearest due date first and undated last, at most {@code limit};
     * the caller keeps those of proceedings the user still sees.
     */
    List<CaseActivity.AssignedTask> assignedTo(long userId, CaseActivity.TaskState state, int limit) {
        String done = switch (state) {
            case OPEN -> " and t.done = false";
            case DONE -> " and t.done = true";
            case ALL -> "";
        };
        return jdbc.sql("select t.*, p.erdr_number from task t join proceeding p on p.id = t.proceeding_id"
                        + " where t.assignee_id = :me" + done
                        + " order by t.done, case when t.due_on is null then 1 else 0 end, t.due_on, t.id"
                        + " fetch first :n rows only")
                .param("me", userId).param("n", limit)
                .query((rs, n) -> new CaseActivity.AssignedTask(rs.getLong("id"), rs.getLong("proceeding_id"),
                        rs.getString("erdr_number"), rs.getString("title"), Sql.date(rs, "due_on"),
                        rs.getBoolean("done"), rs.getString("created_by"), Sql.instant(rs, "created_at"),
                        rs.getInt("version")))
                .list();
    }
}
