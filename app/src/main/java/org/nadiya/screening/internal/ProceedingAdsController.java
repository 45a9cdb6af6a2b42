package org.nadiya.screening.internal;

import org.nadiya.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The ads attached to a proceeding, on the proceeding (its team and supervisors; anyone else 404, audited). */
@Controller("proceedingAdsController")
class ProceedingAdsController {

    private final AdScreeningService service;

    ProceedingAdsController(AdScreeningService service) {
        this.service = service;
    }

    @GetMapping("/proceedings/{id}/ads")
    String ads(@PathVariable long id, Model model) {
        var user = CurrentUser.get();
        model.addAttribute("proceedingId", id);
        model.addAttribute("ads", service.attachedTo(user, id));
        model.addAttribute("canOpen", AdScreeningService.screens(user));
        return "screening/proceeding";
    }
}
