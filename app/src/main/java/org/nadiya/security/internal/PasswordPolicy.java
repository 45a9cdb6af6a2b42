package org.nadiya.security.internal;

import java.util.Locale;
import java.util.Set;

import org.nadiya.kernel.InvalidInputException;

/**
 * Length over complexity (NIST SP 800-63B): at least 12 characters, not the user name, not one of the
 * passwords every attacker tries first.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    private static final Set<String> COMMON = Set.of("password1234", "123456789012", "qwertyuiop12",
            "passwordpassword", "111111111111", "iloveyou1234", "adminadmin12", "administrator",
            "qwerty123456", "1234567890ab", "nadiyanadiya", "parol1234567", "slavaukraini", "slavaukraini!");

    private PasswordPolicy() {
    }

    static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInputException("password", "error.security.password.short", MIN_LENGTH);
        }
        if (password.length() > 128) {
            throw new InvalidInputException("password", "error.security.password.long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException("password", "error.security.password.username");
        }
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
            throw new InvalidInputException("password", "error.security.password.common");
        }
    }
}
