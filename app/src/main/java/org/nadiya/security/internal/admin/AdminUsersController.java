package org.nadiya.security.internal.admin;

import java.util.List;

import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.ReferenceData;
import org.nadiya.security.Role;
import org.nadiya.security.UserAdministration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class AdminUsersController {

    private final UserAdministration users;
    private final ReferenceData reference;

    AdminUsersController(UserAdministration users, ReferenceData reference) {
        this.users = users;
        this.reference = reference;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", users.list());
        model.addAttribute("now", java.time.Instant.now());
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        model.addAttribute("agencyNames", reference.agencies().stream().collect(java.util.stream.Collectors.toMap(
                org.nadiya.security.Agency::code, a -> a.name(locale))));
        model.addAttribute("regionNames", reference.regions().stream().collect(java.util.stream.Collectors.toMap(
                org.nadiya.security.Region::code, r -> r.name(locale))));
        return "admin/users";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return form(model, UserForm.empty(), null);
    }

    @PostMapping
    String create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
                  @RequestParam(defaultValue = "") String email, @RequestParam(required = false) List<String> roles,
                  @RequestParam(defaultValue = "") String agencyCode, @RequestParam(defaultValue = "") String regionCode,
                  @RequestParam(defaultValue = "false") boolean supervisor, Model model) {
        var form = new UserForm(username, displayName, email, roles == null ? List.of() : roles, agencyCode,
                regionCode, supervisor);
        try {
            String password = users.create(form.toNewUser());
            model.addAttribute("username", form.username().trim().toLowerCase(java.util.Locale.ROOT));
            model.addAttribute("password", password);
            return "admin/user-password";
        } catch (InvalidInputException | IllegalArgumentException e) {
            model.addAttribute("error", error(e));
            return form(model, form, null);
        }
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model) {
        return form(model, UserForm.of(users.open(id)), id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @RequestParam(defaultValue = "") String displayName,
                  @RequestParam(defaultValue = "") String email, @RequestParam(required = false) List<String> roles,
                  @RequestParam(defaultValue = "") String agencyCode, @RequestParam(defaultValue = "") String regionCode,
                  @RequestParam(defaultValue = "false") boolean supervisor, Model model, RedirectAttributes redirect) {
        var account = users.find(id).orElseThrow(() -> new InvalidInputException("user", "error.security.user.unknown", id));
        var form = new UserForm(account.username(), displayName, email, roles == null ? List.of() : roles,
                agencyCode, regionCode, supervisor);
        try {
            users.update(id, form.toNewUser());
        } catch (InvalidInputException | IllegalArgumentException e) {
            model.addAttribute("error", error(e));
            return form(model, form, id);
        }
        redirect.addFlashAttribute("flash", "admin.users.saved");
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        users.setEnabled(id, enabled);
        redirect.addFlashAttribute("flash", enabled ? "admin.users.enabled" : "admin.users.disabled");
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, Model model) {
        var account = users.find(id).orElseThrow(() -> new InvalidInputException("user", "error.security.user.unknown", id));
        model.addAttribute("username", account.username());
        model.addAttribute("password", users.resetPassword(id));
        return "admin/user-password";
    }

    private String form(Model model, UserForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("userId", id);
        model.addAttribute("roles", Role.values());
        model.addAttribute("agencies", reference.agencies());
        model.addAttribute("regions", reference.regions());
        return "admin/user-form";
    }

    private static InvalidInputException error(RuntimeException e) {
        return e instanceof InvalidInputException invalid ? invalid
                : new InvalidInputException("roles", "error.common.choice.offered");
    }
}
