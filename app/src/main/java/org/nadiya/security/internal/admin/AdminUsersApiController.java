package org.nadiya.security.internal.admin;

import java.util.List;
import java.util.Map;

import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.NewUser;
import org.nadiya.security.UserAccount;
import org.nadiya.security.UserAdministration;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class AdminUsersApiController {

    private final UserAdministration users;

    AdminUsersApiController(UserAdministration users) {
        this.users = users;
    }

    @GetMapping
    List<UserAccount> list() {
        return users.list();
    }

    @GetMapping("/{id}")
    UserAccount get(@PathVariable long id) {
        return users.open(id);
    }

    /** A new user as the API takes it; absent optional fields mean "none" or "no". */
    record UserRequest(String username, String displayName, String email, java.util.Set<org.nadiya.security.Role> roles,
                       String agencyCode, String regionCode, Boolean supervisor) {
        NewUser toNewUser() {
            return new NewUser(username, displayName, email, roles, agencyCode, regionCode, Boolean.TRUE.equals(supervisor));
        }
    }

    /** Answers with the one-time password, the only time it is shown. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> create(@RequestBody UserRequest request) {
        NewUser user = request.toNewUser();
        String password = users.create(user);
        var created = users.find(user.username().trim().toLowerCase(java.util.Locale.ROOT)).orElseThrow();
        return Map.of("user", created, "oneTimePassword", password);
    }

    @PostMapping("/{id}/disable")
    UserAccount disable(@PathVariable long id) {
        users.setEnabled(id, false);
        return get(id);
    }

    @PostMapping("/{id}/enable")
    UserAccount enable(@PathVariable long id) {
        users.setEnabled(id, true);
        return get(id);
    }

    @PostMapping("/{id}/password-reset")
    Map<String, Object> resetPassword(@PathVariable long id) {
        return Map.of("oneTimePassword", users.resetPassword(id));
    }
}
