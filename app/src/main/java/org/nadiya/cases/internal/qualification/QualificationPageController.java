package org.nadiya.cases.internal.qualification;

import org.nadiya.cases.internal.CaseWorkers;

import java.util.List;

import org.nadiya.cases.qualification.Act;
import org.nadiya.cases.qualification.GroupForm;
import org.nadiya.cases.qualification.Means;
import org.nadiya.cases.qualification.OffenderCategory;
import org.nadiya.cases.qualification.OffenderRelation;
import org.nadiya.cases.qualification.Purpose;
import org.nadiya.cases.qualification.QualificationAssistant;
import org.nadiya.cases.qualification.Violence;
import org.nadiya.kernel.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The qualification page: the facts as a form, the advice below it in the page's language. */
@Controller
@PreAuthorize(CaseWorkers.ONLY)
class QualificationPageController {

    private final QualificationAssistant assistant;

    QualificationPageController(QualificationAssistant assistant) {
        this.assistant = assistant;
    }

    /** {@code proceeding}: the assistant was opened from a proceeding, whose prosecutor may record a decision. */
    @GetMapping("/qualification")
    String form(@RequestParam(required = false) Long proceeding, Model model) {
        model.addAttribute("proceedingId", proceeding);
        return page(model, QualificationForm.of(new LinkedMultiValueMap<>()));
    }

    @PostMapping("/qualification")
    String qualify(@RequestParam MultiValueMap<String, String> params, Model model) {
        var form = QualificationForm.of(params);
        String proceeding = params.getFirst("proceeding");
        model.addAttribute("proceedingId", proceeding == null || !proceeding.matches("\\d{1,18}") ? null : Long.valueOf(proceeding));
        try {
            model.addAttribute("result", assistant.qualify(form.facts()));
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.onFields(form::controlOf));
        }
        return page(model, form);
    }

    private static String page(Model model, QualificationForm form) {
        model.addAttribute("form", form);
        model.addAttribute("acts", Act.values());
        model.addAttribute("means", Means.values());
        model.addAttribute("purposes", Purpose.values());
        model.addAttribute("violence", Violence.values());
        model.addAttribute("groups", GroupForm.values());
        model.addAttribute("categories", OffenderCategory.values());
        model.addAttribute("relations", OffenderRelation.values());
        return "qualification/form";
    }
}
