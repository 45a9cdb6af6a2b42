package org.nadiya.security.internal;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class NadiyaUserDetailsService implements UserDetailsService {

    private final UserStore users;
    private final Clock clock;

    NadiyaUserDetailsService(UserStore users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String key = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        return users.byUsername(key).map(row -> new NadiyaPrincipal(row, clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
