package org.nadiya.victims;

/** What a person consents to. Sharing scopes name a recipient; the others do not. */
public enum ConsentScope {
    SHARE_IDENTITY(true),
    SHARE_CASE_DETAILS(true),
    USE_IN_STATISTICS(false),
    CONTACT_PHONE(false),
    CONTACT_SMS(false),
    CONTACT_MESSENGER(false);

    private final boolean needsRecipient;

    ConsentScope(boolean needsRecipient) {
        this.needsRecipient = needsRecipient;
    }

    public boolean needsRecipient() {
        return needsRecipient;
    }
}
