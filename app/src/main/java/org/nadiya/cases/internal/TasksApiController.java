package org.nadiya.cases.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.nadiya.cases.CaseActivity;
import org.nadiya.cases.Proceedings;
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.FormInput;
import org.nadiya.kernel.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Tasks over HTTP: "my tasks" across proceedings, and a proceeding's tasks (add, edit, complete, reopen). */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize(CaseWorkers.ONLY)
class TasksApiController {

    private final Proceedings proceedings;

    TasksApiController(Proceedings proceedings) {
        this.proceedings = proceedings;
    }

    /** The caller's tasks, {@code state} open (default), done or all; at most {@code limit} (1..1000, default 200). */
    @GetMapping("/tasks")
    List<CaseActivity.AssignedTask> mine(@RequestParam(required = false) String state,
                                         @RequestParam(defaultValue = "200") int limit) {
        var chosen = FormInput.choice(CaseActivity.TaskState.class, state, "state");
        return proceedings.myTasks(CurrentUser.get(), chosen == null ? CaseActivity.TaskState.OPEN : chosen, limit);
    }

    @GetMapping("/proceedings/{id}/tasks")
    List<CaseActivity.Task> ofProceeding(@PathVariable long id) {
        return proceedings.workspace(CurrentUser.get(), id).tasks();
    }

    /** {@code assignee} is a team member's user name (or null); {@code dueOn} yyyy-mm-dd or null. */
    record TaskRequest(String title, String assignee, String dueOn, Integer version) {
    }

    @PostMapping("/proceedings/{id}/tasks")
    @ResponseStatus(HttpStatus.CREATED)
    CaseActivity.Task add(@PathVariable long id, @RequestBody TaskRequest request) {
        var user = CurrentUser.get();
        long taskId = proceedings.addTask(user, id, request.title(), request.assignee(),
                FormInput.date(request.dueOn(), "dueOn"));
        return proceedings.task(user, id, taskId);
    }

    @GetMapping("/proceedings/{id}/tasks/{taskId}")
    CaseActivity.Task read(@PathVariable long id, @PathVariable long taskId) {
        return proceedings.task(CurrentUser.get(), id, taskId);
    }

    /** Replaces title, assignee and due date; send the {@code version} you read. */
    @PutMapping("/proceedings/{id}/tasks/{taskId}")
    CaseActivity.Task update(@PathVariable long id, @PathVariable long taskId, @RequestBody TaskRequest request) {
        var user = CurrentUser.get();
        if (request.version() == null) {
            throw new InvalidInputException("version", "error.cases.task.version");
        }
        LocalDate due = FormInput.date(request.dueOn(), "dueOn");
        proceedings.updateTask(user, id, taskId, request.title(), request.assignee(), due, request.version());
        return proceedings.task(user, id, taskId);
    }

    @PostMapping("/proceedings/{id}/tasks/{taskId}/done")
    Map<String, Object> complete(@PathVariable long id, @PathVariable long taskId) {
        proceedings.completeTask(CurrentUser.get(), id, taskId);
        return Map.of("id", taskId, "done", true);
    }

    @PostMapping("/proceedings/{id}/tasks/{taskId}/reopen")
    Map<String, Object> reopen(@PathVariable long id, @PathVariable long taskId) {
        proceedings.reopenTask(CurrentUser.get(), id, taskId);
        return Map.of("id", taskId, "done", false);
    }
}
