package org.nadiya.flow.ingest;

import java.util.Locale;

/** What a statement column can mean. Single-account statements use the counterparty and debit/credit fields. */
public enum Field {
    ID, TIMESTAMP, DATE, TIME, FROM_ACCOUNT, TO_ACCOUNT, AMOUNT, CURRENCY, FROM_NAME, TO_NAME, FROM_BANK, TO_BANK,
    FROM_COUNTRY, TO_COUNTRY, CHANNEL, MCC, DESCRIPTION,
    OWNER_ACCOUNT, OWNER_NAME, COUNTERPARTY_ACCOUNT, COUNTERPARTY_NAME, COUNTERPARTY_BANK, COUNTERPARTY_COUNTRY,
    DEBIT, CREDIT, DIRECTION, IGNORE;

    public static Field parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown field '" + text + "'");
        }
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
