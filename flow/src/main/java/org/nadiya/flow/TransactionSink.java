package org.nadiya.flow;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Receives transactions one at a time as an importer streams them. */
@FunctionalInterface
public interface TransactionSink {

    void accept(Transaction transaction);

    /**
     * A canonical transaction without details whose id and accounts are UTF-8 byte ranges of {@code bytes} (the
     * canonical CSV's fast path hands over its read buffer; the ranges are valid only during the call). The
     * default decodes them and calls {@link #accept(Transaction)}; {@link GraphBuilder} interns the bytes directly.
     */
    default void acceptBytes(byte[] bytes, int idFrom, int idTo, long epochSecond, int fromFrom, int fromTo,
                             int toFrom, int toTo, long amountMinor, String currency) {
        accept(new Transaction(new String(bytes, idFrom, idTo - idFrom, StandardCharsets.UTF_8),
                Instant.ofEpochSecond(epochSecond), new String(bytes, fromFrom, fromTo - fromFrom, StandardCharsets.UTF_8),
                new String(bytes, toFrom, toTo - toFrom, StandardCharsets.UTF_8), amountMinor, currency));
    }
}
