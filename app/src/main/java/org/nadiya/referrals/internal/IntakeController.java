package org.nadiya.referrals.internal;

import org.nadiya.referrals.CoordinatorIntake;
import org.nadiya.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A coordinator takes on a person handed over by a front-line officer (from the dashboard) and answers for it. */
@Controller
class IntakeController {

    private final CoordinatorIntake intake;

    IntakeController(CoordinatorIntake intake) {
        this.intake = intake;
    }

    @PostMapping("/coordinator/handovers/{id}/take")
    String take(@PathVariable long id, RedirectAttributes redirect) {
        var handover = intake.take(CurrentUser.get(), id);
        redirect.addFlashAttribute("flash", "dashboard.handoverTaken");
        // The coordinator now answers for the person and completes the record from its page.
        return "redirect:/persons/" + handover.personId();
    }
}
