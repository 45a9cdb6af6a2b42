package org.nadiya.victims;

/** What a coordinator must act on in a status application. */
public enum StatusWarning {
    /** More than one month since the interview and no decision (Law 3739-VI, Art. 15). */
    DECISION_OVERDUE,
    /** The status ends within 30 days. */
    EXPIRING,
    /** The status has ended. */
    EXPIRED
}
