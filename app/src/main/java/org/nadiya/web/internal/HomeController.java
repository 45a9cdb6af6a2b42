package org.nadiya.web.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.nadiya.cases.CaseActivity;
import org.nadiya.cases.Proceedings;
import org.nadiya.cooperation.Cooperation;
import org.nadiya.links.Links;
import org.nadiya.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what the role does here, the notices of the user's teams (hits, requests to open them and their
 * answers), what falls due within a week, the deadlines about to run out and the overdue international requests,
 * which must never go unnoticed. */
@Controller
class HomeController {

    /** How far ahead "due soon" looks. */
    static final int DUE_DAYS = 7;

    private final Proceedings proceedings;
    private final Cooperation cooperation;
    private final Links links;

    HomeController(Proceedings proceedings, Cooperation cooperation, Links links) {
        this.proceedings = proceedings;
        this.cooperation = cooperation;
        this.links = links;
    }

    /** Something of the user's that falls due: a task assigned to them or an international request's answer. */
    record DueItem(LocalDate on, String kind, String title, long proceedingId, String erdrNumber, Long requestId) {
    }

    @GetMapping("/")
    String home(Model model) {
        var user = CurrentUser.get();
        var today = LocalDate.now(ZoneId.of("Europe/Kyiv"));
        var due = new ArrayList<DueItem>();
        if (user.canReadProceedings()) {
            model.addAttribute("today", today);
            model.addAttribute("deadlines", proceedings.deadlines(user, 50).stream()
                    .filter(p -> p.warningOn(today) != org.nadiya.cases.PretrialDeadline.Warning.NONE).toList());
            model.addAttribute("notices", links.notices(user));
            for (var t : proceedings.myTasks(user, CaseActivity.TaskState.OPEN, 200)) {
                if (t.dueOn() != null && !t.dueOn().isAfter(today.plusDays(DUE_DAYS))) {
                    due.add(new DueItem(t.dueOn(), "task", t.title(), t.proceedingId(), t.erdrNumber(), null));
                }
            }
        }
        if (cooperation.mayUse(user)) {
            model.addAttribute("overdueRequests", cooperation.overdue(user));
            var erdr = proceedings.teamProceedings(user);
            for (var r : cooperation.list(user, false)) {
                if (!r.status().finished() && !r.overdue() && r.expectedAnswerOn() != null
                        && !r.expectedAnswerOn().isAfter(today.plusDays(DUE_DAYS)) && erdr.containsKey(r.proceedingId())) {
                    due.add(new DueItem(r.expectedAnswerOn(), "request", r.reference(), r.proceedingId(),
                            erdr.get(r.proceedingId()), r.id()));
                }
            }
        }
        due.sort(Comparator.comparing(DueItem::on));
        model.addAttribute("dueSoon", due);
        return "home/index";
    }
}
