package org.nadiya.cooperation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nadiya.cases.ProceedingFilter;
import org.nadiya.cases.ProceedingRow;
import org.nadiya.cases.Proceedings;
import org.nadiya.cooperation.Cooperation;
import org.nadiya.cooperation.Direction;
import org.nadiya.cooperation.RequestKind;
import org.nadiya.cooperation.RequestStatus;
import org.nadiya.cooperation.Translation;
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.FormInput;
import org.nadiya.kernel.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of the cooperation register: the list with the overdue summary, the new-request form, one request. */
@Controller
class CooperationController {

    private final Cooperation cooperation;
    private final Proceedings proceedings;
    private final java.time.Clock clock;

    CooperationController(Cooperation cooperation, Proceedings proceedings, java.time.Clock clock) {
        this.cooperation = cooperation;
        this.proceedings = proceedings;
        this.clock = clock;
    }

    @GetMapping("/cooperation")
    String list(@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) String proceedingId,
                Model model) {
        var user = CurrentUser.get();
        Long proceeding = FormInput.number(proceedingId, "proceedingId");
        var summary = cooperation.overdue(user);
        model.addAttribute("summary", summary);
        model.addAttribute("requests", proceeding != null
                ? cooperation.ofProceeding(user, proceeding).stream().filter(r -> !overdue || r.overdue()).toList()
                : overdue ? summary.requests() : cooperation.list(user, false));
        model.addAttribute("overdueOnly", overdue);
        model.addAttribute("proceedingId", proceeding);
        model.addAttribute("erdr", erdrNumbers(user));
        model.addAttribute("countries", cooperation.countries());
        return "cooperation/list";
    }

    @GetMapping("/cooperation/new")
    String newForm(@RequestParam(required = false) String proceedingId, Model model) {
        return form(model, RequestForm.empty(FormInput.number(proceedingId, "proceedingId")), null);
    }

    @PostMapping("/cooperation")
    String create(@ModelAttribute RequestForm form, Model model, RedirectAttributes redirect) {
        try {
            long id = cooperation.create(CurrentUser.get(), form.toDraft());
            redirect.addFlashAttribute("flash", "cooperation.saved");
            return "redirect:/cooperation/" + id;
        } catch (InvalidInputException e) {
            return form(model, form, e);
        }
    }

    private String form(Model model, RequestForm form, InvalidInputException error) {
        var user = CurrentUser.get();
        model.addAttribute("form", form);
        model.addAttribute("proceedings", visibleProceedings(user));
        Long proceedingId = null;
        try {
            proceedingId = FormInput.number(form.proceedingId(), "proceedingId");
        } catch (InvalidInputException ignored) {
            // reported by the draft check on submit
        }
        model.addAttribute("candidates", proceedingId == null ? List.of() : cooperation.candidates(user, proceedingId));
        model.addAttribute("directions", Direction.values());
        model.addAttribute("kinds", RequestKind.values());
        model.addAttribute("translations", Translation.values());
        model.addAttribute("countries", cooperation.countries());
        model.addAttribute("bases", cooperation.legalBases());
        model.addAttribute("subjects", cooperation.subjects());
        if (error != null) {
            model.addAttribute("error", error);
        }
        return "cooperation/form";
    }

    @GetMapping("/cooperation/{id}")
    String show(@PathVariable long id, Model model) {
        var user = CurrentUser.get();
        var request = cooperation.get(user, id);
        model.addAttribute("request", request);
        model.addAttribute("erdr", erdrNumbers(user));
        model.addAttribute("next", request.status().next(request.direction()));
        model.addAttribute("translations", Translation.values());
        model.addAttribute("countries", cooperation.countries());
        model.addAttribute("bases", cooperation.legalBases());
        model.addAttribute("subjects", cooperation.subjects());
        model.addAttribute("today", java.time.LocalDate.now(clock.withZone(CooperationService.KYIV)));
        return "cooperation/show";
    }

    @PostMapping("/cooperation/{id}/status")
    String status(@PathVariable long id, @RequestParam(required = false) String status,
                  @RequestParam(required = false) String on, @RequestParam(required = false) String reason,
                  RedirectAttributes redirect) {
        return act(id, redirect, () -> cooperation.advance(CurrentUser.get(), id,
                FormInput.choice(RequestStatus.class, status, "status"), FormInput.date(on, "on"), reason));
    }

    @PostMapping("/cooperation/{id}/follow-ups")
    String followUp(@PathVariable long id, @RequestParam(required = false) String onDate,
                    @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act(id, redirect, () -> cooperation.addFollowUp(CurrentUser.get(), id, FormInput.date(onDate, "onDate"), note));
    }

    @PostMapping("/cooperation/{id}/expected")
    String expected(@PathVariable long id, @RequestParam(required = false) String expectedAnswerOn,
                    RedirectAttributes redirect) {
        return act(id, redirect, () -> cooperation.setExpectedAnswer(CurrentUser.get(), id,
                FormInput.date(expectedAnswerOn, "expectedAnswerOn")));
    }

    @PostMapping("/cooperation/{id}/translation")
    String translation(@PathVariable long id, @RequestParam(required = false) String translation,
                       RedirectAttributes redirect) {
        return act(id, redirect, () -> cooperation.setTranslation(CurrentUser.get(), id,
                FormInput.choice(Translation.class, translation, "translation")));
    }

    @GetMapping("/cooperation/{id}/draft")
    ResponseEntity<byte[]> draft(@PathVariable long id) {
        return CooperationApiController.docx(cooperation.draftDocument(CurrentUser.get(), id), id);
    }

    /** The proceedings the user sees (the first 200, newest first), for choosing one and naming them by ERDR number. */
    private List<ProceedingRow> visibleProceedings(CurrentUser user) {
        return proceedings.search(user, new ProceedingFilter(null, null, null, null, null, null, null, null, null, 0, 200))
                .rows();
    }

    private Map<Long, String> erdrNumbers(CurrentUser user) {
        Map<Long, String> numbers = new HashMap<>();
        visibleProceedings(user).forEach(p -> numbers.put(p.id(), p.erdrNumber()));
        return numbers;
    }

    private String act(long id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", "cooperation.saved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", "cooperation.invalid");
            redirect.addFlashAttribute("error", e);
        }
        return "redirect:/cooperation/" + id;
    }
}
