package org.nadiya.security;

import java.time.Instant;

/** A personal access token as listed: its prefix, never its secret. */
public record TokenInfo(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
                        Instant lastUsedAt, Instant revokedAt) {

    public boolean active(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
