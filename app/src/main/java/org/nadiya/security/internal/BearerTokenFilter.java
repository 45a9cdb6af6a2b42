package org.nadiya.security.internal;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Personal access tokens: {@code Authorization: Bearer nad_...}. A presented token that is unknown,
 * revoked, expired, or whose user is disabled or locked ends the request with 401; there is no fallback.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private final UserStore users;
    private final AuditLog audit;
    private final Clock clock;

    BearerTokenFilter(UserStore users, AuditLog audit, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    static boolean presentsToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!presentsToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        String token = request.getHeader("Authorization").substring(7).trim();
        var now = clock.instant();
        String hash = Secrets.sha256(token);
        var principal = users.tokenOwner(hash, now)
                .flatMap(users::byId)
                .map(row -> new NadiyaPrincipal(row, now))
                .filter(p -> p.isEnabled() && p.isAccountNonLocked());
        if (principal.isEmpty()) {
            audit.recordDenied(AuditEvent.denied("TOKEN_REFUSED", "token", null).by("anonymous")
                    .with("unknown, revoked or expired token, or user disabled"));
            JsonErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "invalid token");
            return;
        }
        users.touchToken(hash, now);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new BearerTokenAuthentication(principal.get()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
