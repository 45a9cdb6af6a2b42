package org.nadiya.referrals;

import java.util.EnumSet;
import java.util.Set;

/**
 * Lifecycle of a referral: SENT → ACCEPTED or DECLINED (with a reason) → IN_PROGRESS → DELIVERED or CLOSED (with an
 * outcome). A referral not yet accepted or in progress may also be CLOSED (withdrawn). DECLINED, DELIVERED and
 * CLOSED are final.
 */
public enum ReferralStatus {
    SENT,
    ACCEPTED,
    DECLINED,
    IN_PROGRESS,
    DELIVERED,
    CLOSED;

    public Set<ReferralStatus> next() {
        return switch (this) {
            case SENT -> EnumSet.of(ACCEPTED, DECLINED, CLOSED);
            case ACCEPTED -> EnumSet.of(IN_PROGRESS, CLOSED);
            case IN_PROGRESS -> EnumSet.of(DELIVERED, CLOSED);
            case DECLINED, DELIVERED, CLOSED -> EnumSet.noneOf(ReferralStatus.class);
        };
    }

    public boolean canMoveTo(ReferralStatus target) {
        return next().contains(target);
    }

    public boolean finished() {
        return next().isEmpty();
    }
}
