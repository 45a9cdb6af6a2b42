package org.nadiya.victims.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.CurrentUser;
import org.nadiya.victims.ClosureReason;
import org.nadiya.victims.ServiceType;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's case status, support plan and contact log: forms of the person's page and their API. */
@Controller
class CaseworkController {

    private final CaseworkService casework;

    CaseworkController(CaseworkService casework) {
        this.casework = casework;
    }

    @PostMapping("/persons/{id}/case/close")
    String close(@PathVariable long id, @RequestParam(required = false) String closureReason,
                 @RequestParam(required = false) String closedOn, RedirectAttributes redirect) {
        return act(id, "case", redirect, () -> casework.close(CurrentUser.get(), id,
                closureReason == null || closureReason.isBlank() ? null
                        : PersonForm.parse(ClosureReason.class, "closureReason", closureReason),
                date("closedOn", closedOn)));
    }

    @PostMapping("/persons/{id}/case/reopen")
    String reopen(@PathVariable long id, @RequestParam(required = false) String reopenReason, RedirectAttributes redirect) {
        return act(id, "case", redirect, () -> casework.reopen(CurrentUser.get(), id, reopenReason));
    }

    @PostMapping("/persons/{id}/goals")
    String addGoal(@PathVariable long id, @RequestParam(required = false) String area,
                   @RequestParam(required = false) String goal, @RequestParam(required = false) String targetOn,
                   RedirectAttributes redirect) {
        return act(id, "plan", redirect, () -> casework.addGoal(CurrentUser.get(), id, area == null || area.isBlank()
                ? null : PersonForm.parse(ServiceType.class, "area", area), goal, date("targetOn", targetOn)));
    }

    @PostMapping("/persons/{id}/goals/{goalId}/finish")
    String finishGoal(@PathVariable long id, @PathVariable long goalId, @RequestParam(required = false) String status,
                      RedirectAttributes redirect) {
        return act(id, "plan", redirect, () -> casework.finishGoal(CurrentUser.get(), id, goalId,
                PersonForm.parse(Casework.GoalStatus.class, "status", status)));
    }

    @PostMapping("/persons/{id}/contacts")
    String addContact(@PathVariable long id, @RequestParam(required = false) String contactedOn,
                      @RequestParam(required = false) String channel, @RequestParam(required = false) Boolean reached,
                      @RequestParam(required = false) String note, @RequestParam(required = false) String followUpOn,
                      RedirectAttributes redirect) {
        return act(id, "contacts", redirect, () -> casework.addContact(CurrentUser.get(), id, date("contactedOn", contactedOn),
                channel == null || channel.isBlank() ? null : PersonForm.parse(Casework.Channel.class, "channel", channel),
                Boolean.TRUE.equals(reached), note, date("followUpOn", followUpOn)));
    }

    // ---- API

    record CaseView(Casework.State state, List<Casework.Goal> goals, List<Casework.Contact> contacts) {
    }

    @GetMapping("/api/v1/persons/{id}/case")
    @ResponseBody
    ResponseEntity<CaseView> view(@PathVariable long id) {
        var user = CurrentUser.get();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new CaseView(casework.state(user, id),
                casework.goals(user, id), casework.contacts(user, id)));
    }

    record Closure(ClosureReason closureReason, LocalDate closedOn) {
    }

    @PostMapping("/api/v1/persons/{id}/case/close")
    @ResponseBody
    Casework.State closeApi(@PathVariable long id, @RequestBody(required = false) Closure closure) {
        var user = CurrentUser.get();
        casework.close(user, id, closure == null ? null : closure.closureReason(), closure == null ? null : closure.closedOn());
        return casework.state(user, id);
    }

    record Reopening(String reason) {
    }

    @PostMapping("/api/v1/persons/{id}/case/reopen")
    @ResponseBody
    Casework.State reopenApi(@PathVariable long id, @RequestBody(required = false) Reopening reopening) {
        var user = CurrentUser.get();
        casework.reopen(user, id, reopening == null ? null : reopening.reason());
        return casework.state(user, id);
    }

    record NewGoal(ServiceType area, String goal, LocalDate targetOn) {
    }

    @PostMapping("/api/v1/persons/{id}/goals")
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> addGoalApi(@PathVariable long id, @RequestBody NewGoal goal) {
        return Map.of("id", casework.addGoal(CurrentUser.get(), id, goal.area(), goal.goal(), goal.targetOn()));
    }

    record GoalEnd(Casework.GoalStatus status) {
    }

    @PostMapping("/api/v1/persons/{id}/goals/{goalId}/finish")
    @ResponseBody
    Map<String, Object> finishGoalApi(@PathVariable long id, @PathVariable long goalId, @RequestBody GoalEnd end) {
        casework.finishGoal(CurrentUser.get(), id, goalId, end.status());
        return Map.of("id", goalId, "status", end.status());
    }

    record NewContact(LocalDate contactedOn, Casework.Channel channel, Boolean reached, String note, LocalDate followUpOn) {
    }

    @PostMapping("/api/v1/persons/{id}/contacts")
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> addContactApi(@PathVariable long id, @RequestBody NewContact c) {
        return Map.of("id", casework.addContact(CurrentUser.get(), id, c.contactedOn(), c.channel(), c.reached(), c.note(),
                c.followUpOn()));
    }

    private static String act(long id, String anchor, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", "person.saved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e);
        }
        return "redirect:/persons/" + id + "#" + anchor;
    }

    private static LocalDate date(String field, String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (java.time.DateTimeException e) {
            throw new InvalidInputException(field, "error.common.date.notDateShort");
        }
    }
}
