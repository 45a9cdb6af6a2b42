package org.nadiya.security.internal;

import java.time.Clock;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins by client address and account ({@link SignInThrottle}): guessing from one address blocks
 * that address (for the account, then altogether), not the user; only guessing from many addresses together locks the
 * account for a while. Audited.
 */
@Component
class LoginAttempts {

    private final UserStore users;
    private final SignInThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;

    LoginAttempts(UserStore users, SignInThrottle throttle, AuditLog audit, Clock clock) {
        this.users = users;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    static String address(Object details) {
        return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String name = normalised(event.getAuthentication().getName());
        String address = address(event.getAuthentication().getDetails());
        var user = users.byUsername(name);
        if (user.isEmpty()) {
            throttle.failed(address, null);
            audit.recordDenied(AuditEvent.denied("LOGIN_FAILED", "user", null).by("anonymous")
                    .with("unknown user name"));
            return;
        }
        long id = user.get().id();
        int inARow = users.recordFailure(id);
        long fromEverywhere = throttle.failed(address, name);
        audit.recordDenied(AuditEvent.denied("LOGIN_FAILED", "user", id).by(name)
                .with("failure " + inARow + " in a row, " + fromEverywhere + " within " + throttle.window().toMinutes()
                        + " min from all addresses"));
        if (fromEverywhere >= throttle.perAccount()) {
            users.lockUntil(id, clock.instant().plus(throttle.window()));
            audit.recordDenied(AuditEvent.denied("USER_LOCKED", "user", id).by(name)
                    .with("locked for " + throttle.window().toMinutes() + " min after " + fromEverywhere
                            + " failed sign-ins from several addresses"));
        }
    }

    @EventListener
    void onLocked(AuthenticationFailureLockedEvent event) {
        String name = normalised(event.getAuthentication().getName());
        users.byUsername(name).ifPresent(u -> audit.recordDenied(
                AuditEvent.denied("LOGIN_FAILED", "user", u.id()).by(name).with("account locked")));
    }

    @EventListener
    void onDisabled(AuthenticationFailureDisabledEvent event) {
        String name = normalised(event.getAuthentication().getName());
        users.byUsername(name).ifPresent(u -> audit.recordDenied(
                AuditEvent.denied("LOGIN_FAILED", "user", u.id()).by(name).with("account disabled")));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof NadiyaPrincipal principal
                && !(event.getAuthentication() instanceof BearerTokenAuthentication)) {
            long id = principal.currentUser().id();
            users.clearFailures(id);
            throttle.succeeded(address(event.getAuthentication().getDetails()), principal.getUsername());
            audit.record(AuditEvent.allowed("LOGIN_SUCCEEDED", "user", id).by(principal.getUsername()));
        }
    }

    private static String normalised(String name) {
        return name == null ? "" : name.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
