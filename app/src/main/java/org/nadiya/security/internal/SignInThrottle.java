package org.nadiya.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Throttling of password guessing by client address and by account, so that nobody can lock a known user out by
 * guessing. Within the lockout window ({@code nadiya.security.lockout}):
 * <ul>
 * <li>an address with {@code max-failed-logins-per-address} failures (any accounts) may not sign in at all;</li>
 * <li>an address with {@code max-failed-logins} failures for one account may not sign in to that account, while the
 * user signs in from anywhere else;</li>
 * <li>an account with {@code max-failed-logins-per-account} failures from all addresses together (guessing spread
 * over many addresses) is locked for everyone.</li>
 * </ul>
 * The failures live in the database, so several application instances count together.
 */
@Component
class SignInThrottle {

    enum Verdict { OPEN, ADDRESS_BLOCKED, ADDRESS_BLOCKED_FOR_ACCOUNT }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration window;
    private final int perAddress;
    private final int perAddressAndAccount;
    private final int perAccount;

    SignInThrottle(JdbcClient jdbc, Clock clock, @Value("${nadiya.security.lockout}") Duration window,
                   @Value("${nadiya.security.max-failed-logins-per-address:20}") int perAddress,
                   @Value("${nadiya.security.max-failed-logins}") int perAddressAndAccount,
                   @Value("${nadiya.security.max-failed-logins-per-account:50}") int perAccount) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.window = window;
        this.perAddress = perAddress;
        this.perAddressAndAccount = perAddressAndAccount;
        this.perAccount = perAccount;
    }

    Duration window() {
        return window;
    }

    int perAccount() {
        return perAccount;
    }

    /** Whether a sign-in from this address to this (typed) user name may even be tried. */
    Verdict verdict(String address, String username) {
        var since = UserStore.ts(clock.instant().minus(window));
        long fromAddress = jdbc.sql("select count(*) from sign_in_failure where address = :a and failed_at > :since")
                .param("a", address).param("since", since).query(Long.class).single();
        if (fromAddress >= perAddress) {
            return Verdict.ADDRESS_BLOCKED;
        }
        long forAccount = jdbc.sql("select count(*) from sign_in_failure where address = :a and username = :u"
                        + " and failed_at > :since")
                .param("a", address).param("u", username).param("since", since).query(Long.class).single();
        return forAccount >= perAddressAndAccount ? Verdict.ADDRESS_BLOCKED_FOR_ACCOUNT : Verdict.OPEN;
    }

    /** Records a failure; returns the account's failures from every address within the window (0 without one). */
    long failed(String address, String knownUsername) {
        Instant now = clock.instant();
        jdbc.sql("delete from sign_in_failure where failed_at < :cutoff").param("cutoff", UserStore.ts(now.minus(window)))
                .update();
        jdbc.sql("insert into sign_in_failure (address, username, failed_at) values (:a, :u, :at)")
                .param("a", address).param("u", knownUsername).param("at", UserStore.ts(now)).update();
        if (knownUsername == null) {
            return 0;
        }
        return jdbc.sql("select count(*) from sign_in_failure where username = :u and failed_at > :since")
                .param("u", knownUsername).param("since", UserStore.ts(now.minus(window))).query(Long.class).single();
    }

    /** A successful sign-in forgets this address's failures for the account. */
    void succeeded(String address, String username) {
        jdbc.sql("delete from sign_in_failure where address = :a and username = :u").param("a", address)
                .param("u", username).update();
    }
}
