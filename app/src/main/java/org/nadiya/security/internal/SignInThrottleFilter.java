package org.nadiya.security.internal;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses a sign-in that {@link SignInThrottle} blocks before the password is even compared (audited). */
final class SignInThrottleFilter extends OncePerRequestFilter {

    static final String THROTTLED_PAGE = "/login?throttled";

    private final SignInThrottle throttle;
    private final AuditLog audit;

    SignInThrottleFilter(SignInThrottle throttle, AuditLog audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && "/login".equals(request.getRequestURI().substring(request.getContextPath().length())));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        var verdict = throttle.verdict(request.getRemoteAddr(), name);
        if (verdict == SignInThrottle.Verdict.OPEN) {
            chain.doFilter(request, response);
            return;
        }
        audit.recordDenied(AuditEvent.denied("LOGIN_THROTTLED", "user", null).by("anonymous")
                .with(verdict == SignInThrottle.Verdict.ADDRESS_BLOCKED
                        ? "too many failed sign-ins from the client's address"
                        : "too many failed sign-ins to one account from the client's address"));
        response.sendRedirect(request.getContextPath() + THROTTLED_PAGE);
    }
}
