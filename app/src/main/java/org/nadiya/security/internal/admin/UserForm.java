package org.nadiya.security.internal.admin;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.nadiya.security.NewUser;
import org.nadiya.security.Role;
import org.nadiya.security.UserAccount;

/** The fields of the user form, as submitted. */
public record UserForm(String username, String displayName, String email, List<String> roles, String agencyCode,
                String regionCode, boolean supervisor) {

    static UserForm empty() {
        return new UserForm("", "", "", List.of(), "", "", false);
    }

    static UserForm of(UserAccount a) {
        return new UserForm(a.username(), a.displayName(), a.email() == null ? "" : a.email(),
                a.roles().stream().map(Role::name).toList(), a.agencyCode(), a.regionCode(), a.supervisor());
    }

    NewUser toNewUser() {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        if (roles != null) {
            roles.forEach(r -> parsed.add(Role.parse(r)));
        }
        return new NewUser(username, displayName, email, parsed, agencyCode, regionCode, supervisor);
    }

    public boolean has(String role) {
        return roles != null && roles.contains(role);
    }
}
