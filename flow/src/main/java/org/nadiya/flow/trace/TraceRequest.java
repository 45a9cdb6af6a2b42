package org.nadiya.flow.trace;

import org.nadiya.flow.TraceDirection;
import org.nadiya.flow.TraceMethod;

/**
 * What to follow: from an account (its payments in the window, or its receipts when backward) or from one
 * transaction; {@code since}/{@code until} in epoch seconds (inclusive), at most {@code hops} transfers.
 */
public record TraceRequest(String account, String transaction, TraceDirection direction, long since, long until,
                           int hops, TraceMethod method) {

    public TraceRequest {
        if ((account == null) == (transaction == null)) {
            throw new IllegalArgumentException("trace from an account or from a transaction (exactly one)");
        }
        if (hops < 1 || hops > 50) {
            throw new IllegalArgumentException("hops must be between 1 and 50");
        }
        if (since > until) {
            throw new IllegalArgumentException("since is after until");
        }
        direction = direction == null ? TraceDirection.FORWARD : direction;
        method = method == null ? TraceMethod.FIFO : method;
    }

    public static TraceRequest fromAccount(String account, TraceDirection direction, int hops, TraceMethod method) {
        return new TraceRequest(account, null, direction, Long.MIN_VALUE, Long.MAX_VALUE, hops, method);
    }
}
