package org.nadiya.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.cases.CaseActivity;
import org.nadiya.cases.Proceeding;
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.NotVisibleException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing tasks and a user's tasks across proceedings ("my tasks"). Need-to-know and the row lock come from
 * {@link ProceedingGuard}, as for adding a task: whoever sees the proceeding may edit its tasks.
 */
@Service
class TaskService {

    /** Rows read for "my tasks" before the need-to-know filter: far more than one person has open. */
    private static final int READ_AT_MOST = 5000;

    private final ProceedingGuard guard;
    private final TaskStore store;
    private final ProceedingStore proceedings;
    private final AuditLog audit;
    private final Clock clock;

    TaskService(ProceedingGuard guard, TaskStore store, ProceedingStore proceedings, AuditLog audit, Clock clock) {
        this.guard = guard;
        this.store = store;
        this.proceedings = proceedings;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<CaseActivity.AssignedTask> mine(CurrentUser user, CaseActivity.TaskState state, int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidInputException("limit", "error.cases.task.limit");
        }
        var assigned = store.assignedTo(user.id(), state == null ? CaseActivity.TaskState.OPEN : state, READ_AT_MOST);
        if (assigned.isEmpty()) {
            return List.of();
        }
        var visible = proceedings.visibleAmong(user, assigned.stream().map(CaseActivity.AssignedTask::proceedingId)
                .distinct().toList());
        return assigned.stream().filter(t -> visible.contains(t.proceedingId())).limit(limit).toList();
    }

    @Transactional(readOnly = true)
    CaseActivity.Task task(CurrentUser user, long id, long taskId) {
        guard.visible(user, id);
        return store.task(id, taskId).orElseThrow(() -> new NotVisibleException("task", taskId));
    }

    @Transactional
    void update(CurrentUser user, long id, long taskId, String title, String assigneeUsername, LocalDate dueOn,
                int version) {
        Proceeding p = guard.forChange(user, id, false);
        var before = store.task(id, taskId).orElseThrow(() -> new NotVisibleException("task", taskId));
        String text = required(title);
        Long assignee = assigneeUsername == null || assigneeUsername.isBlank() ? null
                : p.team().stream().filter(m -> m.username().equals(assigneeUsername.trim())).map(m -> m.userId())
                        .findFirst().orElseThrow(() -> new InvalidInputException("assignee", "error.cases.task.assignee"));
        if (!store.update(id, taskId, text, assignee, dueOn, version, clock.instant())) {
            throw new InvalidInputException("version", "error.cases.task.changed");
        }
        var changed = new ArrayList<String>();
        if (!before.title().equals(text)) {
            changed.add("title");
        }
        if (!Objects.equals(before.assigneeId(), assignee)) {
            changed.add("assignee");
        }
        if (!Objects.equals(before.dueOn(), dueOn)) {
            changed.add("due date");
        }
        audit.record(AuditEvent.allowed("TASK_CHANGED", ProceedingService.ENTITY, id).by(user.username())
                .with("task " + taskId + (changed.isEmpty() ? ", nothing changed" : ", changed: " + String.join(", ", changed))));
    }

    @Transactional
    void reopen(CurrentUser user, long id, long taskId) {
        guard.forChange(user, id, false);
        store.task(id, taskId).orElseThrow(() -> new NotVisibleException("task", taskId));
        if (!store.reopen(id, taskId, clock.instant())) {
            throw new InvalidInputException("task", "error.cases.task.notDone");
        }
        audit.record(AuditEvent.allowed("TASK_REOPENED", ProceedingService.ENTITY, id).by(user.username())
                .with("task " + taskId));
    }

    private static String required(String title) {
        String value = title == null ? "" : title.trim();
        if (value.isEmpty() || value.length() > 500) {
            throw new InvalidInputException("title", "error.cases.task.title");
        }
        return value;
    }
}
