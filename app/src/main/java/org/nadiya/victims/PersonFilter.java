package org.nadiya.victims;

/**
 * What narrows the persons list; a null field does not narrow. {@code coordinator} is a username, or
 * {@link #NO_COORDINATOR} for persons nobody answers for. {@code overdue}: an open goal past its date, a follow-up
 * past its date (of the latest contact) or a risk review past its date (of the latest assessment). {@code q}: part of
 * a pseudonym (names are searched by the name search, never here).
 */
public record PersonFilter(CaseStatus status, String regionCode, String coordinator, RiskLevel risk, boolean overdue,
                           String q) {

    public static final String NO_COORDINATOR = "-";

    public static PersonFilter none() {
        return new PersonFilter(null, null, null, null, false, null);
    }
}
