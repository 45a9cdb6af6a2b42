package org.nadiya.victims.internal;

import java.time.LocalDate;

import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.victims.InterviewPlan;
import org.nadiya.victims.InterviewPurpose;
import org.nadiya.victims.InterviewStatus;
import org.nadiya.victims.NewRisk;
import org.nadiya.victims.RiskLevel;
import org.nadiya.victims.StatusDecision;
import org.nadiya.victims.VictimSupport;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the person page's interview, risk and status sections, and the coordinators' list of overdue risk
 * reviews and interviews planned over warnings. Errors return to the page naming the field.
 */
@Controller
@RequestMapping("/persons")
class SupportController {

    private final VictimSupport support;

    SupportController(VictimSupport support) {
        this.support = support;
    }

    @GetMapping("/support-warnings")
    String warnings(Model model) {
        var user = CurrentUser.get();
        model.addAttribute("overdue", support.overdueReviews(user));
        model.addAttribute("overWarnings", support.plannedOverWarnings(user));
        return "persons/support-warnings";
    }

    @PostMapping("/{id}/interviews")
    String plan(@PathVariable long id, @RequestParam(required = false) LocalDate scheduledOn,
                @RequestParam(required = false) String conductedBy, @RequestParam(required = false) InterviewPurpose purpose,
                @RequestParam(defaultValue = "false") boolean videoRecorded,
                @RequestParam(defaultValue = "false") boolean psychologist,
                @RequestParam(defaultValue = "false") boolean legalRepresentative,
                @RequestParam(defaultValue = "false") boolean barnahus,
                @RequestParam(required = false) String overrideReason, RedirectAttributes redirect) {
        return act(id, "interviews", redirect, () -> support.planInterview(CurrentUser.get(), id, new InterviewPlan(
                scheduledOn, conductedBy, purpose, videoRecorded, psychologist, legalRepresentative, barnahus,
                overrideReason)));
    }

    /** The warnings of the plan being typed, for the form's live box (htmx); nothing is stored or audited. */
    @PostMapping("/{id}/interviews/warnings")
    String liveWarnings(@PathVariable long id, @RequestParam(required = false) LocalDate scheduledOn,
                        @RequestParam(required = false) InterviewPurpose purpose,
                        @RequestParam(defaultValue = "false") boolean videoRecorded,
                        @RequestParam(defaultValue = "false") boolean psychologist,
                        @RequestParam(defaultValue = "false") boolean legalRepresentative,
                        @RequestParam(defaultValue = "false") boolean barnahus, Model model) {
        try {
            model.addAttribute("liveWarnings", support.interviewWarnings(CurrentUser.get(), id, new InterviewPlan(
                    scheduledOn, null, purpose, videoRecorded, psychologist, legalRepresentative, barnahus, null)));
        } catch (InvalidInputException e) {
            model.addAttribute("liveError", e);
        }
        return "persons/support :: liveWarnings";
    }

    @PostMapping("/{id}/interviews/outcome")
    String outcome(@PathVariable long id, @RequestParam(required = false) Long interviewId,
                   @RequestParam(required = false) InterviewStatus status,
                   @RequestParam(required = false) Integer durationMinutes,
                   @RequestParam(defaultValue = "false") boolean videoRecorded, RedirectAttributes redirect) {
        return act(id, "interviews", redirect, () -> support.recordOutcome(CurrentUser.get(), id, required(interviewId,
                "interviewId"), status, durationMinutes, videoRecorded));
    }

    @PostMapping("/{id}/risks")
    String assess(@PathVariable long id, @RequestParam(required = false) RiskLevel level,
                  @RequestParam(required = false) String description, @RequestParam(required = false) String measures,
                  @RequestParam(required = false) LocalDate assessedOn, @RequestParam(required = false) LocalDate reviewOn,
                  RedirectAttributes redirect) {
        return act(id, "risks", redirect, () -> support.assessRisk(CurrentUser.get(), id,
                new NewRisk(level, description, measures, assessedOn, reviewOn)));
    }

    @PostMapping("/{id}/status-applications")
    String apply(@PathVariable long id, @RequestParam(required = false) LocalDate appliedOn,
                 @RequestParam(required = false) LocalDate interviewOn, @RequestParam(required = false) String bodyCode,
                 RedirectAttributes redirect) {
        return act(id, "status", redirect, () -> support.applyForStatus(CurrentUser.get(), id, appliedOn, interviewOn,
                bodyCode));
    }

    @PostMapping("/{id}/status-applications/decision")
    String decide(@PathVariable long id, @RequestParam(required = false) Long applicationId,
                  @RequestParam(required = false) StatusDecision decision,
                  @RequestParam(required = false) LocalDate decidedOn, @RequestParam(required = false) LocalDate validUntil,
                  RedirectAttributes redirect) {
        return act(id, "status", redirect, () -> support.decideStatus(CurrentUser.get(), id,
                required(applicationId, "applicationId"), decision, decidedOn, validUntil));
    }

    @PostMapping("/{id}/status-applications/extension")
    String extend(@PathVariable long id, @RequestParam(required = false) Long applicationId,
                  @RequestParam(required = false) LocalDate extendedOn,
                  @RequestParam(required = false) LocalDate extendedUntil, RedirectAttributes redirect) {
        return act(id, "status", redirect, () -> support.extendStatus(CurrentUser.get(), id,
                required(applicationId, "applicationId"), extendedOn, extendedUntil));
    }

    @PostMapping("/{id}/status-applications/appeal")
    String appeal(@PathVariable long id, @RequestParam(required = false) Long applicationId,
                  @RequestParam(required = false) LocalDate appealOn, @RequestParam(required = false) String court,
                  @RequestParam(required = false) String outcome, RedirectAttributes redirect) {
        return act(id, "status", redirect, () -> support.appealStatus(CurrentUser.get(), id,
                required(applicationId, "applicationId"), appealOn, court, outcome));
    }

    private static long required(Long value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "error.common.choice.one");
        }
        return value;
    }

    private String act(long id, String section, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", "person.saved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e);
        }
        return "redirect:/persons/" + id + "#" + section;
    }
}
