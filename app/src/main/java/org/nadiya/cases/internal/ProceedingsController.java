package org.nadiya.cases.internal;

import java.util.Arrays;

import org.nadiya.cases.ExploitationForm;
import org.nadiya.cases.InvestigativeBody;
import org.nadiya.cases.ProceedingFilter;
import org.nadiya.cases.Proceedings;
import org.nadiya.cases.Stage;
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.ReferenceData;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The list, the deadlines dashboard and the create/edit forms. */
@Controller
@PreAuthorize(CaseWorkers.ONLY)
class ProceedingsController {

    private final Proceedings proceedings;
    private final ReferenceData reference;
    private final ProceedingService service;

    ProceedingsController(Proceedings proceedings, ReferenceData reference, ProceedingService service) {
        this.proceedings = proceedings;
        this.reference = reference;
        this.service = service;
    }

    /** The list's filter form as submitted (blank fields mean "any"). */
    public record ListFilter(String region, String article, Integer part, Stage stage, InvestigativeBody body,
                             Integer deadlineWithinDays, Boolean crsv, Boolean transnational, String erdr, Integer page) {

        ProceedingFilter toFilter() {
            return new ProceedingFilter(blank(region), blank(article), part, stage, body, deadlineWithinDays, crsv,
                    transnational, blank(erdr), page == null ? 0 : page, 25);
        }

        private static String blank(String s) {
            return s == null || s.isBlank() ? null : s.trim();
        }
    }

    @GetMapping("/proceedings")
    String list(@ModelAttribute("filter") ListFilter filter, Model model) {
        model.addAttribute("result", proceedings.search(CurrentUser.get(), filter.toFilter()));
        model.addAttribute("today", service.today());
        options(model);
        return "proceedings/list";
    }

    @GetMapping("/proceedings/deadlines")
    String deadlines(Model model) {
        model.addAttribute("rows", proceedings.deadlines(CurrentUser.get(), 200));
        model.addAttribute("today", service.today());
        return "proceedings/deadlines";
    }

    @GetMapping("/proceedings/new")
    String newForm(Model model) {
        return form(model, ProceedingForm.empty(service.today()), null, null);
    }

    @PostMapping("/proceedings")
    String create(@ModelAttribute ProceedingForm form, Model model) {
        try {
            long id = proceedings.register(CurrentUser.get(), form.toDraft());
            return "redirect:/proceedings/" + id;
        } catch (InvalidInputException e) {
            return form(model, form, null, e);
        }
    }

    @GetMapping("/proceedings/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        return form(model, ProceedingForm.of(proceedings.open(CurrentUser.get(), id)), id, null);
    }

    @PostMapping("/proceedings/{id}")
    String update(@PathVariable long id, @ModelAttribute ProceedingForm form, Model model) {
        try {
            proceedings.update(CurrentUser.get(), id, form.toDraft(), form.versionOrZero());
            return "redirect:/proceedings/" + id;
        } catch (InvalidInputException e) {
            return form(model, form, id, e);
        }
    }

    private String form(Model model, ProceedingForm form, Long id, InvalidInputException error) {
        model.addAttribute("form", form);
        model.addAttribute("proceedingId", id);
        if (error != null) {
            model.addAttribute("error", error);
        }
        options(model);
        return "proceedings/form";
    }

    private void options(Model model) {
        model.addAttribute("regions", reference.regions());
        model.addAttribute("regionNames", reference.regions().stream()
                .collect(java.util.stream.Collectors.toMap(r -> r.code(), r -> r)));
        model.addAttribute("stages", Stage.values());
        model.addAttribute("bodies", InvestigativeBody.values());
        model.addAttribute("exploitationForms", Arrays.stream(ExploitationForm.values()).map(Enum::name).toList());
    }

}
