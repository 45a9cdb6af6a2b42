package org.nadiya.flow.trace;

import java.util.List;

import org.nadiya.flow.TraceDirection;

/**
 * The followed money: every transaction with the amount attributed to the traced money, the accounts where it
 * ends (forward: where it stays; backward: where it came from) and the main paths by bottleneck amount.
 */
public record TraceResult(String origin, TraceDirection direction, long tracedMinor, List<Flow> flows,
                          List<Terminal> terminals, List<MainPath> paths) {

    /** One transaction on the trail: {@code attributedMinor} of its amount is the traced money; {@code hop} from the start. */
    public record Flow(int tx, String id, String from, String to, long time, long amountMinor, long attributedMinor,
                       int hop) {
    }

    /** An account where traced money ends; {@code hopLimit} when it would go on beyond the hop limit. */
    public record Terminal(String account, long amountMinor, boolean hopLimit) {
    }

    /** Accounts from the start to a terminal, in the direction money moved; {@code minor} is the bottleneck. */
    public record MainPath(List<String> accounts, long minor) {
    }
}
