package org.nadiya.testsupport;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.nadiya.security.CurrentUser;
import org.nadiya.security.NewUser;
import org.nadiya.security.Role;
import org.nadiya.security.UserAdministration;

/** Creates a user with a unique name for a test and returns it as the signed-in user. */
public final class TestUsers {

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000_000L * 100 + 91);

    private TestUsers() {
    }

    public static CurrentUser create(UserAdministration users, Role role, String agency, String region) {
        return create(users, role, agency, region, false);
    }

    /** As {@link #create(UserAdministration, Role, String, String)}, as a supervisor of the region when asked. */
    public static CurrentUser create(UserAdministration users, Role role, String agency, String region,
                                     boolean supervises) {
        String name = "tu" + SEQ.incrementAndGet();
        users.create(new NewUser(name, "Тест " + role + " " + name, null, Set.of(role), agency, region, supervises));
        var a = users.find(name).orElseThrow();
        return new CurrentUser(a.id(), a.username(), a.displayName(), a.roles(), a.agencyCode(), a.regionCode(),
                supervises);
    }
}
