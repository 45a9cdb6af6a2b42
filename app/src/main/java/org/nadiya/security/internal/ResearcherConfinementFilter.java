package org.nadiya.security.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.nadiya.security.CurrentUser;
import org.nadiya.security.Role;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user holding the researcher role reaches the statistics module, their own account and nothing else: an
 * allow-list, so that a module added later is closed to researchers until it says otherwise. The home page sends
 * them to the statistics dashboard; everything else answers 403.
 */
final class ResearcherConfinementFilter extends OncePerRequestFilter {

    private static final List<String> PREFIXES = List.of("/stats/", "/api/v1/stats/", "/account/", "/api/v1/tokens/",
            "/css/", "/js/", "/webjars/", "/swagger-ui/", "/v3/api-docs");
    private static final List<String> EXACT = List.of("/stats", "/api/v1/stats", "/account", "/api/v1/me",
            "/api/v1/tokens", "/logout", "/login", "/error", "/favicon.ico", "/swagger-ui.html");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var user = CurrentUser.find();
        if (user.isEmpty() || !user.get().has(Role.RESEARCHER)) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/")) {
            response.sendRedirect(request.getContextPath() + "/stats");
            return;
        }
        if (EXACT.contains(path) || PREFIXES.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
        if (path.startsWith("/api/")) {
            JsonErrors.write(response, HttpServletResponse.SC_FORBIDDEN, "researchers reach only the statistics");
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
