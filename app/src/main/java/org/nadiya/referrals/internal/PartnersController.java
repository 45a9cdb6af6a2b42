package org.nadiya.referrals.internal;

import java.util.Arrays;

import org.nadiya.referrals.PartnerDirectory;
import org.nadiya.referrals.PartnerKind;
import org.nadiya.victims.ServiceType;
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.NotVisibleException;
import org.nadiya.security.ReferenceData;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The partner directory pages; who may do what is decided by {@link PartnerDirectory}. */
@Controller
class PartnersController {

    private final PartnerDirectory directory;
    private final ReferenceData reference;

    PartnersController(PartnerDirectory directory, ReferenceData reference) {
        this.directory = directory;
        this.reference = reference;
    }

    @GetMapping("/partners")
    String list(@RequestParam(required = false) ServiceType service, @RequestParam(required = false) String region,
                Model model) {
        model.addAttribute("partners", directory.find(CurrentUser.get(), service, region));
        model.addAttribute("service", service);
        model.addAttribute("region", region);
        return options(model, "partners/list");
    }

    @GetMapping("/partners/new")
    String newForm(Model model) {
        return form(model, PartnerForm.empty(), true, null);
    }

    @GetMapping("/partners/{code}")
    String editForm(@PathVariable String code, Model model) {
        var partner = directory.get(CurrentUser.get(), code).orElseThrow(() -> new NotVisibleException("partner", code));
        return form(model, PartnerForm.of(partner), false, null);
    }

    @PostMapping("/partners")
    String save(@ModelAttribute PartnerForm form, @RequestParam(defaultValue = "false") boolean isNew, Model model,
                RedirectAttributes redirect) {
        try {
            var saved = directory.save(CurrentUser.get(), form.toPartner());
            redirect.addFlashAttribute("flash", "partners.saved");
            return "redirect:/partners/" + saved.agencyCode();
        } catch (InvalidInputException e) {
            return form(model, form, isNew, e);
        }
    }

    private String form(Model model, PartnerForm form, boolean isNew, InvalidInputException error) {
        model.addAttribute("form", form);
        model.addAttribute("isNew", isNew);
        if (error != null) {
            model.addAttribute("error", error);
        }
        return options(model, "partners/form");
    }

    private String options(Model model, String view) {
        model.addAttribute("services", Arrays.stream(ServiceType.values()).map(Enum::name).toList());
        model.addAttribute("kinds", PartnerKind.values());
        model.addAttribute("regions", reference.regions());
        return view;
    }
}
