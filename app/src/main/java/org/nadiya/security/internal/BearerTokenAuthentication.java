package org.nadiya.security.internal;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request authenticated by a personal access token; lives for that request only. */
final class BearerTokenAuthentication extends AbstractAuthenticationToken {

    private final NadiyaPrincipal principal;

    BearerTokenAuthentication(NadiyaPrincipal principal) {
        super(principal.authorities());
        this.principal = principal;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public NadiyaPrincipal getPrincipal() {
        return principal;
    }
}
