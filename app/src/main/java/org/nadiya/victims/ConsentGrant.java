package org.nadiya.victims;

import java.time.LocalDate;

/** A consent to record, with the signed form (optional here, expected in practice). */
public record ConsentGrant(ConsentScope scope, Recipient recipient, LocalDate givenOn, String formFileName,
                           byte[] form) {
}
