package org.nadiya.security.internal.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.ReferenceData;
import org.nadiya.security.UserAdministration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: password and personal access tokens. */
@Controller
class AccountController {

    private final UserAdministration users;
    private final ReferenceData reference;
    private final int tokenDays;

    AccountController(UserAdministration users, ReferenceData reference,
                      @Value("${nadiya.security.token-days}") int tokenDays) {
        this.users = users;
        this.reference = reference;
        this.tokenDays = tokenDays;
    }

    @GetMapping("/account")
    String account(Model model) {
        var me = CurrentUser.get();
        model.addAttribute("account", users.find(me.id()).orElseThrow());
        model.addAttribute("tokens", users.tokens(me.id()));
        model.addAttribute("now", java.time.Instant.now());
        model.addAttribute("tokenDays", tokenDays);
        model.addAttribute("agency", reference.agency(me.agencyCode()).orElse(null));
        model.addAttribute("region", reference.region(me.regionCode()).orElse(null));
        return "account/index";
    }

    @GetMapping("/account/password")
    String passwordForm() {
        return "account/password";
    }

    /** After a change the session ends: the user signs in again with the new password. */
    @PostMapping("/account/password")
    String changePassword(@RequestParam(defaultValue = "") String currentPassword,
                          @RequestParam(defaultValue = "") String newPassword,
                          @RequestParam(defaultValue = "") String confirmPassword,
                          Model model, HttpServletRequest request) throws ServletException {
        try {
            if (!newPassword.equals(confirmPassword)) {
                throw new InvalidInputException("confirmPassword", "error.security.confirmPassword.differs");
            }
            users.changeOwnPassword(CurrentUser.get().id(), currentPassword, newPassword);
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            return "account/password";
        }
        request.logout();
        return "redirect:/login?changed";
    }

    @PostMapping("/account/tokens")
    String issueToken(@RequestParam(defaultValue = "") String name,
                      @RequestParam(defaultValue = "0") int days, Model model) {
        int validDays = days == 0 ? tokenDays : days;
        model.addAttribute("issued", users.issueToken(CurrentUser.get().id(), name, validDays));
        return "account/token-issued";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
        users.revokeToken(CurrentUser.get().id(), id);
        redirect.addFlashAttribute("flash", "account.token.revoked");
        return "redirect:/account";
    }
}
