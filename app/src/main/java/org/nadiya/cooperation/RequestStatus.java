package org.nadiya.cooperation;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a request stands, read from its dates. Outgoing: drafted, approved, sent, received by the counterpart,
 * executed or refused. Incoming: registered (drafted), received, executed or refused — approval and sending are the
 * foreign side's steps. A counterpart often never confirms receipt, so a sent request may be answered directly.
 */
public enum RequestStatus {
    DRAFTED,
    APPROVED,
    SENT,
    RECEIVED,
    EXECUTED,
    REFUSED;

    public boolean finished() {
        return this == EXECUTED || this == REFUSED;
    }

    /** The statuses a request may move to next. */
    public Set<RequestStatus> next(Direction direction) {
        if (direction == Direction.INCOMING) {
            return switch (this) {
                case DRAFTED -> EnumSet.of(RECEIVED);
                case RECEIVED -> EnumSet.of(EXECUTED, REFUSED);
                default -> EnumSet.noneOf(RequestStatus.class);
            };
        }
        return switch (this) {
            case DRAFTED -> EnumSet.of(APPROVED);
            case APPROVED -> EnumSet.of(SENT);
            case SENT -> EnumSet.of(RECEIVED, EXECUTED, REFUSED);
            case RECEIVED -> EnumSet.of(EXECUTED, REFUSED);
            default -> EnumSet.noneOf(RequestStatus.class);
        };
    }
}
