package org.nadiya.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.nadiya.audit.AuditLog;
import org.nadiya.audit.AuditQuery;
import org.nadiya.audit.Outcome;
import org.nadiya.testsupport.NadiyaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 15, point 6: guessing is throttled by client address as well as by account, so that nobody can lock a known
 * user out by guessing from a few addresses. (Addresses from the documentation range 203.0.113.0/24: MockMvc sends
 * nothing over the network.)
 */
@NadiyaTest
class SignInThrottleTest {

    static final String PASSWORD = "amber-harbour-violet-41";
    private static final AtomicInteger HOST = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    AuditLog audit;

    @Value("${nadiya.security.max-failed-logins}")
    int perAddressAndAccount;

    @Value("${nadiya.security.max-failed-logins-per-address}")
    int perAddress;

    @Value("${nadiya.security.max-failed-logins-per-account}")
    int perAccount;

    private String newUser() {
        String name = "throttle" + System.nanoTime() % 1_000_000_000;
        users.createWithPassword(new NewUser(name, "Тест", null, Set.of(Role.OPERATIVE), "MIGRATION_POLICE", "UA-46",
                false), PASSWORD);
        return name;
    }

    private static String nextAddress() {
        int n = HOST.getAndIncrement();
        return "203.0.113." + n;
    }

    private static MockHttpServletRequestBuilder signIn(String user, String password, String address) {
        return post("/login").param("username", user).param("password", password).with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    @Test
    void guessingFromOneAddressBlocksThatAddressForTheAccountButNotTheUser() throws Exception {
        String name = newUser();
        String attacker = nextAddress();
        for (int i = 0; i < perAddressAndAccount; i++) {
            mvc.perform(signIn(name, "wrong-guess-" + i, attacker)).andExpect(unauthenticated());
        }
        mvc.perform(signIn(name, PASSWORD, attacker)).andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?throttled"));
        mvc.perform(signIn(name, PASSWORD, nextAddress())).andExpect(authenticated()); // the user, from their own address
        assertThat(users.find(name).orElseThrow().lockedUntil()).as("the account is not locked").isNull();
        assertThat(audit.count(new AuditQuery("anonymous", "LOGIN_THROTTLED", "user", null, Outcome.DENIED, null,
                null, 0, 10))).isPositive();
        mvc.perform(get("/login").param("throttled", "")).andExpect(content().string(Matchers.containsString(
                "Забагато невдалих спроб входу")));
    }

    @Test
    void anAddressThatGuessesManyAccountsIsRefusedForEveryAccount() throws Exception {
        String name = newUser();
        String attacker = nextAddress();
        for (int i = 0; i < perAddress; i++) {
            mvc.perform(signIn("someone-" + i, "wrong-guess", attacker)).andExpect(unauthenticated());
        }
        mvc.perform(signIn(name, PASSWORD, attacker)).andExpect(redirectedUrl("/login?throttled"));
        mvc.perform(signIn(name, PASSWORD, nextAddress())).andExpect(authenticated());
    }

    @Test
    void guessingSpreadOverManyAddressesLocksTheAccount() throws Exception {
        String name = newUser();
        int failures = 0;
        while (failures < perAccount) {
            String address = nextAddress();
            for (int i = 0; i < perAddressAndAccount - 1 && failures < perAccount; i++, failures++) {
                mvc.perform(signIn(name, "wrong-guess-" + failures, address)).andExpect(unauthenticated());
            }
        }
        assertThat(users.find(name).orElseThrow().lockedUntil()).isNotNull();
        mvc.perform(signIn(name, PASSWORD, nextAddress())).andExpect(unauthenticated());
        long id = users.find(name).orElseThrow().id();
        assertThat(audit.count(new AuditQuery(null, "USER_LOCKED", "user", String.valueOf(id), Outcome.DENIED, null,
                null, 0, 10))).isOne();
        users.resetPassword(id);
        assertThat(users.find(id).orElseThrow().lockedUntil()).as("a reset clears the lock").isNull();
    }
}
