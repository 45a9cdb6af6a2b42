package org.nadiya.referrals.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nadiya.referrals.DeclineReason;
import org.nadiya.referrals.Need;
import org.nadiya.referrals.Priority;
import org.nadiya.referrals.Referral;
import org.nadiya.referrals.ReferralOutcome;
import org.nadiya.referrals.ReferralStatus;
import org.nadiya.referrals.Referrals;
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.Role;
import org.nadiya.victims.PersonFilter;
import org.nadiya.victims.PersonRow;
import org.nadiya.victims.Persons;
import org.nadiya.victims.ServiceType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages: a person's needs and referrals ({@code /referrals/person/{id}}), the preview before sending, the referrals
 * list and page (the partner's view shows only what the consent allows now), and the coordinator's dashboard.
 */
@Controller
class ReferralsController {

    private final Referrals referrals;
    private final Persons persons;

    private final org.nadiya.cases.Proceedings proceedings;

    /** A court hearing ahead and the pseudonyms of the supported persons who take part in its proceeding. */
    public record HearingAhead(java.time.LocalDate heldOn, String court, java.util.List<String> persons) {
    }

    /** An unfinished referral with the pseudonym of its person, for the dashboard. */
    public record ActiveReferral(Referral referral, String pseudonym) {
    }

    private final org.nadiya.referrals.CoordinatorIntake intake;

    private final org.nadiya.security.ReferenceData reference;

    ReferralsController(Referrals referrals, Persons persons, org.nadiya.cases.Proceedings proceedings,
                        org.nadiya.referrals.CoordinatorIntake intake, org.nadiya.security.ReferenceData reference) {
        this.reference = reference;
        this.intake = intake;
        this.proceedings = proceedings;
        this.referrals = referrals;
        this.persons = persons;
    }

    static final int PAGE = 50;

    /** The referrals the user sees, filtered (see {@link ReferralFilter}), newest first, 50 a page. */
    @GetMapping("/referrals")
    String list(@ModelAttribute ReferralFilter filter, @RequestParam(defaultValue = "0") int page, Model model) {
        var user = CurrentUser.get();
        model.addAttribute("filter", filter);
        model.addAttribute("partnerNames", partnerNames());
        model.addAttribute("statuses", ReferralStatus.values());
        model.addAttribute("services", ServiceType.values());
        model.addAttribute("regions", reference.regions().stream().filter(r -> !CurrentUser.CENTRAL.equals(r.code())).toList());
        List<Referral> shown = List.of();
        boolean hasNext = false;
        try {
            // A partner's referrals name no person: a person filter leaves its list empty, never asks the register.
            Set<Long> matching = filter.byPerson() && !user.has(Role.PARTNER) ? personsMatching(user, filter) : Set.of();
            var all = referrals.list(user).stream().filter(r -> filter.test(r, matching)).toList();
            int from = Math.max(0, page) * PAGE;
            shown = from >= all.size() ? List.of() : all.subList(from, Math.min(all.size(), from + PAGE));
            hasNext = all.size() > from + PAGE;
            if (!user.has(Role.PARTNER)) {
                model.addAttribute("pseudonyms", persons.pseudonyms(user, shown.stream().map(Referral::personId)
                        .filter(java.util.Objects::nonNull).toList()));
            }
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
        }
        model.addAttribute("referrals", shown);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("hasNext", hasNext);
        return "referrals/list";
    }

    /** The persons the coordinator sees in the filter's region and with its coordinator. */
    private Set<Long> personsMatching(CurrentUser user, ReferralFilter filter) {
        var personFilter = new PersonFilter(null, blank(filter.region()) ? null : filter.region().trim(),
                blank(filter.coordinator()) ? null : filter.coordinator().trim(), null, false, null);
        Set<Long> ids = new java.util.HashSet<>();
        for (int p = 0; ; p++) {
            var result = persons.list(user, personFilter, p, 200);
            result.rows().forEach(r -> ids.add(r.id()));
            if (!result.hasNext()) {
                return ids;
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Partner organisations' names in the page's language, by agency code. */
    private Map<String, String> partnerNames() {
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        Map<String, String> names = new java.util.HashMap<>();
        reference.agencies().forEach(a -> names.put(a.code(), a.name(locale)));
        return names;
    }

    private Map<String, String> regionNames() {
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        Map<String, String> names = new java.util.HashMap<>();
        reference.regions().forEach(r -> names.put(r.code(), r.name(locale)));
        return names;
    }

    @GetMapping("/referrals/{id}")
    String show(@PathVariable long id, Model model) {
        var user = CurrentUser.get();
        Referral referral = referrals.get(user, id);
        model.addAttribute("referral", referral);
        model.addAttribute("partnerName", partnerNames().get(referral.partnerCode()));
        model.addAttribute("regionNames", regionNames());
        model.addAttribute("next", referral.status().next());
        model.addAttribute("declineReasons", DeclineReason.values());
        model.addAttribute("outcomes", ReferralOutcome.values());
        if (referral.personId() != null) {
            model.addAttribute("pseudonym", persons.open(user, referral.personId()).pseudonym());
        }
        return "referrals/show";
    }

    @PostMapping("/referrals/{id}/status")
    String status(@PathVariable long id, @RequestParam(required = false) ReferralStatus status,
                  @RequestParam(required = false) DeclineReason declineReason,
                  @RequestParam(required = false) ReferralOutcome outcome, RedirectAttributes redirect) {
        try {
            referrals.changeStatus(CurrentUser.get(), id, status, declineReason, outcome);
            redirect.addFlashAttribute("flash", "referrals.saved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", "referrals.invalid." + e.field());
        }
        return "redirect:/referrals/" + id;
    }

    @GetMapping("/referrals/person/{personId}")
    String person(@PathVariable long personId, Model model) {
        var user = CurrentUser.get();
        List<Need> needs = referrals.needs(user, personId);
        model.addAttribute("person", persons.open(user, personId));
        model.addAttribute("needs", needs);
        model.addAttribute("candidates", needs.stream().collect(java.util.stream.Collectors.toMap(Need::id,
                n -> referrals.candidates(user, n.id()))));
        model.addAttribute("referrals", referrals.ofPerson(user, personId));
        model.addAttribute("services", ServiceType.values());
        model.addAttribute("priorities", Priority.values());
        return "referrals/person";
    }

    @PostMapping("/referrals/person/{personId}/needs")
    String recordNeed(@PathVariable long personId, @RequestParam(required = false) ServiceType category,
                      @RequestParam(required = false) Priority priority, RedirectAttributes redirect) {
        try {
            referrals.recordNeed(CurrentUser.get(), personId, category, priority);
            redirect.addFlashAttribute("flash", "referrals.needRecorded");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", "referrals.invalid." + e.field());
        }
        return "redirect:/referrals/person/" + personId;
    }

    /** The preview: what the referral would share, from the consent now; sending is a second, explicit step. */
    @GetMapping("/referrals/needs/{needId}/send")
    String preview(@PathVariable long needId, @RequestParam String partnerCode, Model model) {
        var user = CurrentUser.get();
        model.addAttribute("disclosure", referrals.preview(user, needId, partnerCode));
        model.addAttribute("needId", needId);
        return "referrals/preview";
    }

    @PostMapping("/referrals/needs/{needId}/send")
    String send(@PathVariable long needId, @RequestParam String partnerCode, RedirectAttributes redirect) {
        var sent = referrals.send(CurrentUser.get(), needId, partnerCode);
        redirect.addFlashAttribute("flash", "referrals.sent");
        return "redirect:/referrals/" + sent.id();
    }

    @GetMapping("/coordinator")
    String dashboard(Model model) {
        var user = CurrentUser.get();
        if (!user.has(Role.COORDINATOR) || !user.canSeePersons()) {
            throw new AccessDeniedException("the dashboard is for coordinators");
        }
        Map<Long, PersonRow> rows = new java.util.LinkedHashMap<>();
        for (int page = 0; ; page++) {
            var result = persons.list(user, page, 200);
            result.rows().forEach(row -> rows.put(row.id(), row));
            if (!result.hasNext()) {
                break;
            }
        }
        var all = referrals.list(user);
        Map<Long, String> pseudonyms = new java.util.HashMap<>();
        rows.values().forEach(r -> pseudonyms.put(r.id(), r.pseudonym()));
        var active = all.stream().filter(r -> !r.status().finished()).toList();
        model.addAttribute("hearings", hearingsAhead(pseudonyms));
        model.addAttribute("caseload", Caseload.of(rows.values(), active));
        model.addAttribute("total", rows.size());
        model.addAttribute("active", active.size());
        model.addAttribute("activeReferrals", active.stream().filter(r -> rows.containsKey(r.personId()))
                .map(r -> new ActiveReferral(r, rows.get(r.personId()).pseudonym())).toList());
        model.addAttribute("handovers", intake.waiting(user));
        model.addAttribute("pseudonyms", pseudonyms);
        model.addAttribute("overdue", all.stream().filter(Referral::overdue).toList());
        model.addAttribute("notifications", referrals.notifications(user));
        model.addAttribute("informChannels", org.nadiya.referrals.InformChannel.values());
        model.addAttribute("today", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Kyiv")));
        model.addAttribute("statuses", Arrays.asList(ReferralStatus.values()));
        return "referrals/dashboard";
    }

    /** Court dates in the next 30 days of the proceedings the coordinator's persons take part in. */
    private java.util.List<HearingAhead> hearingsAhead(Map<Long, String> pseudonyms) {
        Map<Long, java.util.List<String>> personsByProceeding = new java.util.HashMap<>();
        persons.proceedingsOf(pseudonyms.keySet()).forEach((person, ids) -> ids.forEach(id ->
                personsByProceeding.computeIfAbsent(id, k -> new java.util.ArrayList<>()).add(pseudonyms.get(person))));
        var today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Kyiv"));
        return proceedings.upcomingHearings(personsByProceeding.keySet(), today, today.plusDays(30)).stream()
                .map(h -> new HearingAhead(h.heldOn(), h.court(), personsByProceeding.get(h.proceedingId()).stream()
                        .sorted().toList()))
                .toList();
    }

    /** Records how and when the person was told; the row leaves the list. */
    @PostMapping("/coordinator/notifications/{id}/inform")
    String inform(@PathVariable long id, @RequestParam(required = false) String how,
                  @RequestParam(required = false) String informedOn, RedirectAttributes redirect) {
        try {
            referrals.inform(CurrentUser.get(), id, channel(how), date(informedOn));
            redirect.addFlashAttribute("flash", "dashboard.informed");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e);
        }
        return "redirect:/coordinator#inform";
    }

    private static org.nadiya.referrals.InformChannel channel(String how) {
        try {
            return how == null || how.isBlank() ? null : org.nadiya.referrals.InformChannel.valueOf(how.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("how", "error.referrals.inform.how");
        }
    }

    private static java.time.LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : java.time.LocalDate.parse(text.trim());
        } catch (java.time.DateTimeException e) {
            throw new InvalidInputException("informedOn", "error.common.date.notDateShort");
        }
    }
}
