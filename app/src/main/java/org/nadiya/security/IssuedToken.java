package org.nadiya.security;

import java.time.Instant;

/** A personal access token as issued: {@code secret} is shown once and never stored. */
public record IssuedToken(long id, String name, String secret, Instant expiresAt) {
}
