package org.nadiya.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nadiya.security.Role;
import org.nadiya.security.UserAdministration;
import org.nadiya.testsupport.NadiyaTest;
import org.springframework.beans.factory.annotation.Autowired;

@NadiyaTest
class DemoLoaderTest {

    @Autowired
    DemoLoader demo;

    @Autowired
    UserAdministration users;

    @Test
    void loadsOneUserPerRoleOnceAndReusesThemAfter() {
        demo.load();
        assertThat(demo.load()).as("a second run loads nothing").isEmpty();
        for (Role role : Role.values()) {
            String name = role.name().toLowerCase(java.util.Locale.ROOT);
            var user = users.find(name).orElseThrow();
            assertThat(user.roles()).containsExactly(role);
            assertThat(user.mustChangePassword()).isFalse();
            assertThat(user.displayName()).contains("Демо");
        }
        assertThat(users.find("partner").orElseThrow().agencyCode()).isEqualTo("NGO_DEMO_SVITANOK");
        assertThat(users.find("prosecutor").orElseThrow().supervisor()).isFalse();
        // One per role, plus the victims demo's second coordinator (Lvivska), so coordinators see different persons.
        assertThat(demo.context().users()).containsKeys("admin", "partner", "researcher", "coordinator-lviv").hasSize(9);
    }
}
