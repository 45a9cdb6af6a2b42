package org.nadiya.security.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.nadiya.security.InvalidInputException;

class PasswordPolicyTest {

    @Test
    void acceptsALongPassphraseAndRandomPasswords() {
        assertThatCode(() -> PasswordPolicy.check("olena", "river-lantern-copper-9")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("olena", "amber-harbour-violet-41")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("olena", Secrets.password())).as("one-time passwords")
                .doesNotThrowAnyException();
    }

    @Test
    void refusesShortCommonOrPersonalPasswords() {
        assertThatThrownBy(() -> PasswordPolicy.check("olena", "short1")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("tooShort");
        assertThatThrownBy(() -> PasswordPolicy.check("olena", "Olena-is-my-name")).hasMessageContaining("containsUsername");
        assertThatThrownBy(() -> PasswordPolicy.check("olena", "password1234")).hasMessageContaining("common");
        assertThatThrownBy(() -> PasswordPolicy.check("olena", "aaaaaaaaaaaaaaab")).hasMessageContaining("weak");
    }

    /** Issue 15, point 6: the weak passwords the outside test set, each refused. */
    @Test
    void refusesThePasswordsTheOutsideTestSet() {
        for (String weak : new String[] {"abcdabcdabcd", "qwerty1234567", "Summer2026!!", "Kyiv2026Kyiv"}) {
            assertThatThrownBy(() -> PasswordPolicy.check("prosecutor", weak)).as(weak)
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((InvalidInputException) e).reason())
                            .isIn("error.security.password.common", "error.security.password.weak"));
        }
    }

    @Test
    void refusesALeakedPasswordOfTwelveOrMoreCharactersInAnyCase() {
        assertThatThrownBy(() -> PasswordPolicy.check("olena", "QAZWSXEDCRFV")).hasMessageContaining("common");
    }
}
