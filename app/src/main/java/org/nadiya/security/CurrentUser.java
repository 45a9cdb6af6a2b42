package org.nadiya.security;

import java.util.Set;

import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user as every module sees it.
 *
 * @param regionCode ISO 3166-2 code of the user's region, or {@code UA} for the central level
 * @param supervisor whether the user supervises proceedings of their region (all regions when central)
 */
public record CurrentUser(long id, String username, String displayName, Set<Role> roles, String agencyCode,
                          String regionCode, boolean supervisor) implements java.io.Serializable {

    public static final String CENTRAL = "UA";

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Thymeleaf-friendly variant of {@link #has(Role)}. */
    public boolean hasRole(String role) {
        return roles.contains(Role.parse(role));
    }

    /** Roles that work with criminal proceedings (always under need-to-know); partners and researchers never do. */
    public boolean canReadProceedings() {
        return roles.stream().anyMatch(r -> r != Role.PARTNER && r != Role.RESEARCHER);
    }

    /**
     * Roles that may see protected persons (always under the victims module's access rules); a user holding the
     * partner or researcher role never does.
     */
    public boolean canSeePersons() {
        return !roles.contains(Role.PARTNER) && !roles.contains(Role.RESEARCHER) && canReadProceedings();
    }

    public boolean isCentral() {
        return CENTRAL.equals(regionCode);
    }

    /** The signed-in user of this thread; fails when nobody is signed in. */
    public static CurrentUser get() {
        return find().orElseThrow(() -> new IllegalStateException("nobody is signed in"));
    }

    public static java.util.Optional<CurrentUser> find() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof HasCurrentUser holder) {
            return java.util.Optional.of(holder.currentUser());
        }
        return java.util.Optional.empty();
    }

    /** Implemented by the security principals that carry a user. */
    public interface HasCurrentUser {
        CurrentUser currentUser();
    }
}
