package org.nadiya.cases.internal;


import org.nadiya.cases.CaseActivity;
import org.nadiya.cases.Proceedings;
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.FormInput;
import org.nadiya.kernel.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My tasks" (the tasks assigned to the signed-in user across proceedings) and a task's edit form, reached from that
 * list or from the proceeding's workspace; each goes back where it came from.
 */
@Controller
@PreAuthorize(CaseWorkers.ONLY)
class TasksController {

    static final int SHOWN = 200;

    private final Proceedings proceedings;
    private final ProceedingService service;

    TasksController(Proceedings proceedings, ProceedingService service) {
        this.proceedings = proceedings;
        this.service = service;
    }

    @GetMapping("/tasks")
    String mine(@RequestParam(required = false) String state, Model model) {
        var chosen = FormInput.choice(CaseActivity.TaskState.class, state, "state");
        var shown = chosen == null ? CaseActivity.TaskState.OPEN : chosen;
        var tasks = proceedings.myTasks(CurrentUser.get(), shown, SHOWN);
        model.addAttribute("tasks", tasks);
        model.addAttribute("state", shown);
        model.addAttribute("states", CaseActivity.TaskState.values());
        model.addAttribute("limited", tasks.size() == SHOWN);
        model.addAttribute("today", service.today());
        return "tasks/mine";
    }

    @PostMapping("/tasks/done")
    String completeMine(@RequestParam long proceeding, @RequestParam long task, RedirectAttributes redirect) {
        proceedings.completeTask(CurrentUser.get(), proceeding, task);
        redirect.addFlashAttribute("flash", "task.completed");
        return "redirect:/tasks";
    }

    @GetMapping("/proceedings/{id}/tasks/{taskId}/edit")
    String edit(@PathVariable long id, @PathVariable long taskId, @RequestParam(defaultValue = "") String back,
                Model model) {
        var task = proceedings.task(CurrentUser.get(), id, taskId);
        var proceeding = proceedings.open(CurrentUser.get(), id);
        var assignee = proceeding.team().stream().filter(m -> task.assigneeId() != null && m.userId() == task.assigneeId())
                .map(m -> m.username()).findFirst().orElse("");
        return form(model, proceeding, task, new TaskForm(task.title(), assignee,
                task.dueOn() == null ? "" : task.dueOn().toString(), task.version()), back, null);
    }

    @PostMapping("/proceedings/{id}/tasks/{taskId}")
    String update(@PathVariable long id, @PathVariable long taskId, @RequestParam(defaultValue = "") String title,
                  @RequestParam(defaultValue = "") String assignee, @RequestParam(defaultValue = "") String dueOn,
                  @RequestParam(defaultValue = "-1") int version, @RequestParam(defaultValue = "") String back,
                  Model model, RedirectAttributes redirect) {
        var user = CurrentUser.get();
        var typed = new TaskForm(title, assignee, dueOn, version);
        try {
            proceedings.updateTask(user, id, taskId, title, assignee, FormInput.date(dueOn, "dueOn"), version);
        } catch (InvalidInputException e) {
            var task = proceedings.task(user, id, taskId);
            return form(model, proceedings.open(user, id), task, typed, back, e);
        }
        redirect.addFlashAttribute("flash", "task.saved");
        return back(id, back);
    }

    @PostMapping("/proceedings/{id}/tasks/{taskId}/reopen")
    String reopen(@PathVariable long id, @PathVariable long taskId, @RequestParam(defaultValue = "") String back,
                  RedirectAttributes redirect) {
        proceedings.reopenTask(CurrentUser.get(), id, taskId);
        redirect.addFlashAttribute("flash", "task.reopened");
        return back(id, back);
    }

    /** The task as typed, so that an error shows it back. */
    record TaskForm(String title, String assignee, String dueOn, int version) {
    }

    private String form(Model model, org.nadiya.cases.Proceeding proceeding, CaseActivity.Task task, TaskForm form,
                        String back, InvalidInputException error) {
        model.addAttribute("proceeding", proceeding);
        model.addAttribute("task", task);
        model.addAttribute("form", form);
        model.addAttribute("back", "mine".equals(back) ? "mine" : "");
        model.addAttribute("error", error);
        return "tasks/edit";
    }

    /** Only two places to go back to: "my tasks" or the proceeding's tasks (never a URL from the request). */
    private static String back(long id, String back) {
        return "mine".equals(back) ? "redirect:/tasks" : "redirect:/proceedings/" + id + "#tasks";
    }
}
