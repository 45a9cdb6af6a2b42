package org.nadiya.web.internal;

import org.nadiya.cases.Proceedings;
import org.nadiya.cooperation.Cooperation;
import org.nadiya.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what the role does here, the deadlines about to run out and the
 * overdue international requests, which must never go unnoticed. */
@Controller
class HomeController {

    private final Proceedings proceedings;
    private final Cooperation cooperation;

    HomeController(Proceedings proceedings, Cooperation cooperation) {
        this.proceedings = proceedings;
        this.cooperation = cooperation;
    }

    @GetMapping("/")
    String home(Model model) {
        var user = CurrentUser.get();
        if (user.canReadProceedings()) {
            var today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Kyiv"));
            model.addAttribute("today", today);
            model.addAttribute("deadlines", proceedings.deadlines(user, 50).stream()
                    .filter(p -> p.warningOn(today) != org.nadiya.cases.PretrialDeadline.Warning.NONE).toList());
        }
        if (cooperation.mayUse(user)) {
            model.addAttribute("overdueRequests", cooperation.overdue(user));
        }
        return "home/index";
    }
}
