package org.nadiya.security;

/** What a user does in the system. A user may hold several roles. */
public enum Role {
    ADMIN,
    PROSECUTOR,
    INVESTIGATOR,
    OPERATIVE,
    ANALYST,
    COORDINATOR,
    PARTNER,
    RESEARCHER;

    /** The authority name Spring Security checks with {@code hasRole(...)}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Parses a role name, case-insensitively, naming the allowed values when it is unknown. */
    public static Role parse(String text) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + text + "'; use one of "
                + java.util.Arrays.toString(values()));
    }
}
