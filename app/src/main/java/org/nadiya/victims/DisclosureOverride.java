package org.nadiya.victims;

import java.time.Instant;

/** A prosecutor's decision to disclose without consent, with the reason; flagged on the person's record. */
public record DisclosureOverride(long id, long personId, ConsentScope scope, Recipient recipient, String reason,
                                 String decidedBy, Instant decidedAt) {
}
