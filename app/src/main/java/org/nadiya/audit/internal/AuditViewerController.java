package org.nadiya.audit.internal;

import org.nadiya.audit.AuditLog;
import org.nadiya.audit.Outcome;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditViewerController {

    static final int PAGE_SIZE = 50;

    private final AuditLog audit;

    AuditViewerController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String view(@ModelAttribute("filter") AuditFilter filter, Model model, java.util.Locale locale) {
        var query = filter.toQuery(PAGE_SIZE);
        long total = audit.count(query);
        model.addAttribute("entries", audit.find(query));
        model.addAttribute("total", total);
        model.addAttribute("page", query.page());
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("zone", AuditFilter.KYIV);
        var names = org.nadiya.kernel.Bundles.withPrefix(locale, "audit.action.");
        model.addAttribute("actionNames", names);
        // The picker in the order of the names the administrator reads, not of the codes.
        model.addAttribute("actionChoices", names.entrySet().stream().sorted(java.util.Map.Entry.comparingByValue())
                .toList());
        return "audit/index";
    }
}
