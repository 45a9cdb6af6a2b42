package org.nadiya.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.nadiya.kernel.InvalidInputException;

class PasswordPolicyTest {

    private static String key(Runnable check) {
        try {
            check.run();
        } catch (InvalidInputException e) {
            return e.key();
        }
        return "accepted";
    }

    @Test
    void acceptsALongPassphraseAndRandomPasswords() {
        assertThatCode(() -> PasswordPolicy.check("olena", "river-lantern-copper-9")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("olena", "amber-harbour-violet-41")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("olena", Secrets.password())).as("one-time passwords")
                .doesNotThrowAnyException();
    }

    @Test
    void refusesShortCommonOrPersonalPasswords() {
        assertThat(key(() -> PasswordPolicy.check("olena", "short1"))).isEqualTo("error.security.password.short");
        assertThat(key(() -> PasswordPolicy.check("olena", "Olena-is-my-name"))).isEqualTo("error.security.password.username");
        assertThat(key(() -> PasswordPolicy.check("olena", "password1234"))).isEqualTo("error.security.password.leaked");
        assertThat(key(() -> PasswordPolicy.check("olena", "aaaaaaaaaaaaaaab"))).isEqualTo("error.security.password.weak");
    }

    /** Issue 15, point 6: the weak passwords the outside test set, each refused. */
    @Test
    void refusesThePasswordsTheOutsideTestSet() {
        for (String weak : new String[] {"abcdabcdabcd", "qwerty1234567", "Summer2026!!", "Kyiv2026Kyiv"}) {
            assertThatThrownBy(() -> PasswordPolicy.check("prosecutor", weak)).as(weak)
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).key())
                            .isIn("error.security.password.leaked", "error.security.password.weak"));
        }
    }

    @Test
    void refusesALeakedPasswordOfTwelveOrMoreCharactersInAnyCase() {
        assertThat(key(() -> PasswordPolicy.check("olena", "QAZWSXEDCRFV"))).isEqualTo("error.security.password.leaked");
    }
}
