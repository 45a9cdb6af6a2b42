package org.nadiya.security.internal.admin;

import org.nadiya.security.Agency;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.ReferenceData;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Agencies (including partner organisations) and the regions users belong to. */
@Controller
@RequestMapping("/admin/agencies")
@PreAuthorize("hasRole('ADMIN')")
class AdminAgenciesController {

    private final ReferenceData reference;

    AdminAgenciesController(ReferenceData reference) {
        this.reference = reference;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("agencies", reference.agencies());
        model.addAttribute("regions", reference.regions());
        model.addAttribute("kinds", Agency.KINDS);
        return "admin/agencies";
    }

    @PostMapping
    String add(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String nameUk,
               @RequestParam(defaultValue = "") String nameEn, @RequestParam(defaultValue = "PARTNER") String kind,
               Model model, RedirectAttributes redirect) {
        try {
            reference.addAgency(new Agency(code, nameUk, nameEn, kind, true));
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            model.addAttribute("draft", new Agency(code, nameUk, nameEn, kind, true));
            return list(model);
        }
        redirect.addFlashAttribute("flash", "admin.agencies.added");
        return "redirect:/admin/agencies";
    }
}
