package org.nadiya.victims;

import java.time.LocalDate;
import java.util.List;

import org.nadiya.security.CurrentUser;

/**
 * Consent of a protected person, per scope and recipient. {@link #allows} is the enforcement point every module
 * calls before it shares or uses anything of a person; it reads the database on every call, so a withdrawal
 * takes effect at once.
 */
public interface Consents {

    /**
     * Whether the person's active consent (or a prosecutor's disclosure override) covers this scope and
     * recipient. {@code recipient} is ignored for scopes without one. Not audited: the caller audits the act.
     */
    boolean allows(long personId, ConsentScope scope, Recipient recipient);

    List<Consent> list(CurrentUser user, long personId);

    long give(CurrentUser user, long personId, ConsentGrant grant);

    void withdraw(CurrentUser user, long personId, long consentId, LocalDate on);

    ConsentForm form(CurrentUser user, long personId, long consentId);

    /** Prosecutors only, with a reason; audited as {@code CONSENT_OVERRIDE} and flagged on the person. */
    long override(CurrentUser user, long personId, ConsentScope scope, Recipient recipient, String reason);

    List<DisclosureOverride> overrides(CurrentUser user, long personId);
}
