package org.nadiya.victims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.nadiya.cases.Proceedings;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.NeedToKnow;
import org.nadiya.security.Role;
import org.nadiya.security.UserAdministration;
import org.nadiya.testsupport.NadiyaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The batched visibility queries ({@link Persons#visibleAmong}, {@link Proceedings#visibleAmong}) answer exactly
 * what the per-row checks ({@link Persons#canSee}, {@link NeedToKnow#canSee}) answer, for every demo user and for
 * the user shapes the demo lacks (supervisors of a region and central, a central coordinator, a user holding a
 * case-worker role and the partner role).
 */
@NadiyaTest
class BatchVisibilityTest {

    static final List<String> DEMO = List.of("admin", "prosecutor", "investigator", "operative", "analyst",
            "coordinator", "partner", "researcher");

    @Autowired
    Persons persons;

    @Autowired
    Proceedings proceedings;

    @Autowired
    NeedToKnow needToKnow;

    @Autowired
    UserAdministration users;

    @Autowired
    JdbcClient jdbc;

    List<CurrentUser> everyone() {
        List<CurrentUser> all = new ArrayList<>();
        for (String name : DEMO) {
            var a = users.find(name).orElseThrow();
            all.add(new CurrentUser(a.id(), a.username(), a.displayName(), a.roles(), a.agencyCode(), a.regionCode(),
                    a.supervisor()));
        }
        var prosecutor = all.get(1);
        var coordinator = all.get(5);
        all.add(new CurrentUser(prosecutor.id(), "sup-region", "S", Set.of(Role.PROSECUTOR), "PROSECUTOR", "UA-05", true));
        all.add(new CurrentUser(prosecutor.id(), "sup-central", "S", Set.of(Role.PROSECUTOR), "PROSECUTOR", "UA", true));
        all.add(new CurrentUser(9_999_999, "sup-elsewhere", "S", Set.of(Role.INVESTIGATOR), "NPU", "UA-46", true));
        all.add(new CurrentUser(coordinator.id(), "coord-central", "C", Set.of(Role.COORDINATOR), "COORDINATION_CENTRE",
                "UA", false));
        all.add(new CurrentUser(9_999_998, "coord-elsewhere", "C", Set.of(Role.COORDINATOR), "COORDINATION_CENTRE",
                "UA-46", false));
        all.add(new CurrentUser(prosecutor.id(), "both", "B", Set.of(Role.PROSECUTOR, Role.PARTNER), "PROSECUTOR",
                "UA-05", false));
        return all;
    }

    @Test
    void batchedPersonVisibilityEqualsThePerRowCheckForEveryUser() {
        List<Long> ids = jdbc.sql("select id from protected_person order by id").query(Long.class).list();
        assertThat(ids).isNotEmpty();
        boolean someSeeSomeButNotAll = false;
        for (CurrentUser user : everyone()) {
            Set<Long> perRow = ids.stream().filter(id -> persons.canSee(user, id)).collect(Collectors.toSet());
            assertThat(persons.visibleAmong(user, ids)).as(user.username()).containsExactlyInAnyOrderElementsOf(perRow);
            someSeeSomeButNotAll |= !perRow.isEmpty() && perRow.size() < ids.size();
        }
        assertThat(someSeeSomeButNotAll).as("the demo data distinguishes users").isTrue();
        assertThat(persons.visibleAmong(everyone().get(0), List.of(-1L))).isEmpty();
    }

    @Test
    void batchedProceedingVisibilityEqualsNeedToKnowForEveryUser() {
        List<Long> ids = jdbc.sql("select id from proceeding order by id").query(Long.class).list();
        assertThat(ids).isNotEmpty();
        for (CurrentUser user : everyone()) {
            Set<Long> perRow = ids.stream().filter(id -> proceedings.access(id).map(p -> needToKnow.canSee(user, p))
                    .orElse(false)).collect(Collectors.toSet());
            assertThat(proceedings.visibleAmong(user, ids)).as(user.username()).containsExactlyInAnyOrderElementsOf(perRow);
        }
    }
}
