package org.nadiya.web.internal;

import org.nadiya.cases.Proceedings;
import org.nadiya.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what the role does here, and the deadlines about to run out, which must never go unnoticed. */
@Controller
class HomeController {

    private final Proceedings proceedings;

    HomeController(Proceedings proceedings) {
        this.proceedings = proceedings;
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
        return "home/index";
    }
}
