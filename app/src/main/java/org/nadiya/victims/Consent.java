package org.nadiya.victims;

import java.time.LocalDate;

/**
 * A consent as recorded: given on a date, possibly withdrawn later; {@code recipient} is null for scopes
 * without one. The signed form, when attached, is identified by its SHA-256.
 */
public record Consent(long id, long personId, ConsentScope scope, Recipient recipient, LocalDate givenOn,
                      String givenRecordedBy, LocalDate withdrawnOn, String withdrawnRecordedBy, String formFileName,
                      String formSha256) {

    public boolean active() {
        return withdrawnOn == null;
    }
}
