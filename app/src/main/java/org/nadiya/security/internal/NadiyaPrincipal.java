package org.nadiya.security.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.nadiya.security.CurrentUser;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal Spring Security keeps in the session: the user, and for sign-in its hash and lock state. */
final class NadiyaPrincipal implements UserDetails, CredentialsContainer, CurrentUser.HasCurrentUser {

    private final CurrentUser user;
    private String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mustChangePassword;
    private final long credentialVersion;

    NadiyaPrincipal(UserRow row, Instant now) {
        this(row.toCurrentUser(), row.passwordHash(), row.enabled(), row.lockedAt(now), row.mustChangePassword(),
                row.credentialVersion());
    }

    private NadiyaPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean locked,
                            boolean mustChangePassword, long credentialVersion) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
        this.mustChangePassword = mustChangePassword;
        this.credentialVersion = credentialVersion;
    }

    /** The user's credential version when this session was made; the session ends once the stored one differs. */
    long credentialVersion() {
        return credentialVersion;
    }

    @Override
    public CurrentUser currentUser() {
        return user;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    List<GrantedAuthority> authorities() {
        return List.copyOf(getAuthorities());
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "NadiyaPrincipal[" + user.username() + "]";
    }
}
