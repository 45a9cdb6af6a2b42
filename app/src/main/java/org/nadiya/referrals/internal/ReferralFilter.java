package org.nadiya.referrals.internal;

import java.util.Set;

import org.nadiya.kernel.InvalidInputException;
import org.nadiya.referrals.Referral;
import org.nadiya.referrals.ReferralStatus;
import org.nadiya.victims.ServiceType;

/**
 * The referrals list's filter as typed; blank means "any". {@code region} and {@code coordinator} are the person's
 * (coordinators only); the others apply to partners' lists too.
 */
public record ReferralFilter(String status, String service, String partner, String region, String coordinator,
                             Boolean overdue) {

    ReferralStatus statusValue() {
        return parse(ReferralStatus.class, "status", status);
    }

    ServiceType serviceValue() {
        return parse(ServiceType.class, "service", service);
    }

    boolean byPerson() {
        return !blank(region) || !blank(coordinator);
    }

    public boolean any() {
        return !blank(status) || !blank(service) || !blank(partner) || byPerson() || Boolean.TRUE.equals(overdue);
    }

    /** Whether the referral passes; {@code persons} are the ids passing the person filters (when there are any). */
    boolean test(Referral r, Set<Long> persons) {
        var s = statusValue();
        var t = serviceValue();
        return (s == null || r.status() == s) && (t == null || r.service() == t)
                && (blank(partner) || partner.trim().equals(r.partnerCode()))
                && (!Boolean.TRUE.equals(overdue) || r.overdue())
                && (!byPerson() || r.personId() != null && persons.contains(r.personId()));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "error.common.choice.listed");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
