package org.nadiya.security.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request of a signed-in session re-reads the user's state: a session made before the user was disabled,
 * had the password reset or changed, or had roles, region or agency changed ends here, at its next request, on every
 * application instance (the version lives in the database, not in the session store). Bearer tokens are checked the
 * same way by {@link BearerTokenFilter}, which reads the user afresh for each request.
 */
final class SessionVersionFilter extends OncePerRequestFilter {

    static final String ENDED_PAGE = "/login?ended";

    private final UserStore users;
    private final AuditLog audit;

    SessionVersionFilter(UserStore users, AuditLog audit) {
        this.users = users;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof BearerTokenAuthentication
                || !(auth.getPrincipal() instanceof NadiyaPrincipal principal)) {
            chain.doFilter(request, response);
            return;
        }
        long id = principal.currentUser().id();
        var state = users.sessionState(id);
        if (state.isPresent() && state.get().enabled()
                && state.get().credentialVersion() == principal.credentialVersion()) {
            chain.doFilter(request, response);
            return;
        }
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        audit.recordDenied(AuditEvent.denied("SESSION_ENDED", "user", id).by(principal.getUsername())
                .with(state.isPresent() && !state.get().enabled() ? "user disabled"
                        : "credentials or roles changed since sign-in"));
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            JsonErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "session ended; sign in again");
        } else if ("true".equals(request.getHeader("HX-Request"))) {
            // htmx would follow a redirect itself and put the whole sign-in page into the part it updates.
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("HX-Redirect", request.getContextPath() + ENDED_PAGE);
        } else {
            response.sendRedirect(request.getContextPath() + ENDED_PAGE);
        }
    }
}
