package org.nadiya.flow;

import java.time.Instant;
import java.util.Objects;

/**
 * The canonical transaction every importer produces. The amount is exact, in minor units of the currency
 * (kopiykas for UAH); money is never a double.
 */
public record Transaction(String id, Instant timestamp, String fromAccount, String toAccount, long amountMinor,
                          String currency, Details details) {

    public Transaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(fromAccount, "from account");
        Objects.requireNonNull(toAccount, "to account");
        Objects.requireNonNull(currency, "currency");
        if (amountMinor <= 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
        if (details == null) {
            details = Details.NONE;
        }
    }

    public Transaction(String id, Instant timestamp, String from, String to, long amountMinor, String currency) {
        this(id, timestamp, from, to, amountMinor, currency, Details.NONE);
    }

    /** Whether the statement gave only a date: the timestamp is then that date's midnight UTC. */
    public boolean dateOnly() {
        return details.dateOnly();
    }

    /**
     * What statements optionally say besides the six canonical fields. {@code dateOnly}: the statement gave a
     * booking date without a time of day (a date is a date, not midnight in some zone); the transaction's timestamp
     * is then the date's midnight UTC, so its calendar date is the statement's in UTC and in Kyiv alike.
     */
    public record Details(String fromName, String toName, String fromBank, String toBank, String fromCountry,
                          String toCountry, Channel channel, String mcc, String description, boolean dateOnly) {

        public static final Details NONE = new Details(null, null, null, null, null, null, Channel.UNKNOWN, null, null);

        public Details {
            if (channel == null) {
                channel = Channel.UNKNOWN;
            }
        }

        public Details(String fromName, String toName, String fromBank, String toBank, String fromCountry,
                       String toCountry, Channel channel, String mcc, String description) {
            this(fromName, toName, fromBank, toBank, fromCountry, toCountry, channel, mcc, description, false);
        }

        public Details withDateOnly(boolean value) {
            return value == dateOnly ? this : new Details(fromName, toName, fromBank, toBank, fromCountry, toCountry,
                    channel, mcc, description, value);
        }

        public boolean isEmpty() {
            return equals(NONE);
        }
    }
}
