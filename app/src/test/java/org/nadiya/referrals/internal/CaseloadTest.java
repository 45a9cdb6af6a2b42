package org.nadiya.referrals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nadiya.referrals.Referral;
import org.nadiya.referrals.ReferralStatus;
import org.nadiya.victims.AgeGroup;
import org.nadiya.victims.PersonKind;
import org.nadiya.victims.PersonRow;
import org.nadiya.victims.ServiceType;
import org.nadiya.victims.Sex;

class CaseloadTest {

    static PersonRow person(long id, String coordinator, String region) {
        return new PersonRow(id, "V-2026-" + id, PersonKind.VICTIM, Sex.FEMALE, AgeGroup.AGE_25_34, "UA", region, false,
                LocalDate.of(2026, 1, 1), coordinator, org.nadiya.victims.CaseStatus.OPEN);
    }

    static Referral active(long id, long personId) {
        return new Referral(id, 1L, personId, "NGO", ServiceType.SOCIAL, ReferralStatus.ACCEPTED, false, true,
                Instant.EPOCH, "c", null, null, null, false, null, org.nadiya.referrals.Priority.NORMAL, null);
    }

    @Test
    void linesPerCoordinatorAndRegionWithTheirActiveReferrals() {
        var persons = List.of(person(1, "olha", "UA-05"), person(2, "olha", "UA-05"), person(3, "olha", "UA-46"),
                person(4, "ivan", "UA-05"), person(5, null, "UA-05"));
        var referrals = List.of(active(10, 1), active(11, 1), active(12, 4), active(13, 99));
        assertThat(Caseload.of(persons, referrals)).containsExactly(
                new Caseload(null, "UA-05", 1, 0),
                new Caseload("ivan", "UA-05", 1, 1),
                new Caseload("olha", "UA-05", 2, 2),
                new Caseload("olha", "UA-46", 1, 0));
        assertThat(Caseload.of(List.of(), referrals)).isEmpty();
    }
}
