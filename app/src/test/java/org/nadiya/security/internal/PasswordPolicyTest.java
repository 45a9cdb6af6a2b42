package org.nadiya.security.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.nadiya.kernel.InvalidInputException;

class PasswordPolicyTest {

    @Test
    void acceptsALongPassphrase() {
        assertThatCode(() -> PasswordPolicy.check("olena", "river-lantern-copper-9")).doesNotThrowAnyException();
    }

    @Test
    void refusesShortCommonOrPersonalPasswords() {
        assertThatThrownBy(() -> PasswordPolicy.check("olena", "short1")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at least 12");
        assertThatThrownBy(() -> PasswordPolicy.check("olena", "Olena-is-my-name")).hasMessageContaining("user name");
        assertThatThrownBy(() -> PasswordPolicy.check("olena", "password1234")).hasMessageContaining("easy");
        assertThatThrownBy(() -> PasswordPolicy.check("olena", "aaaaaaaaaaaaaaab")).hasMessageContaining("easy");
    }
}
