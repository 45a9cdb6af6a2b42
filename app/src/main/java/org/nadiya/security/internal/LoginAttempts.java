package org.nadiya.security.internal;

import java.time.Clock;
import java.time.Duration;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Throttles password guessing: after N failures in a row the account is locked for a while. Audited. */
@Component
class LoginAttempts {

    private final UserStore users;
    private final AuditLog audit;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    LoginAttempts(UserStore users, AuditLog audit, Clock clock,
                  @Value("${nadiya.security.max-failed-logins}") int maxFailures,
                  @Value("${nadiya.security.lockout}") Duration lockout) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String name = normalised(event.getAuthentication().getName());
        var user = users.byUsername(name);
        if (user.isEmpty()) {
            audit.recordDenied(AuditEvent.denied("LOGIN_FAILED", "user", null).by("anonymous")
                    .with("unknown user name"));
            return;
        }
        long id = user.get().id();
        int failures = users.recordFailure(id);
        audit.recordDenied(AuditEvent.denied("LOGIN_FAILED", "user", id).by(name)
                .with("failure " + failures + " of " + maxFailures));
        if (failures >= maxFailures) {
            users.lockUntil(id, clock.instant().plus(lockout));
            audit.recordDenied(AuditEvent.denied("USER_LOCKED", "user", id).by(name)
                    .with("locked for " + lockout.toMinutes() + " min after " + failures + " failed sign-ins"));
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
            audit.record(AuditEvent.allowed("LOGIN_SUCCEEDED", "user", id).by(principal.getUsername()));
        }
    }

    private static String normalised(String name) {
        return name == null ? "" : name.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
