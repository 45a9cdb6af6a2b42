package org.nadiya.referrals.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.referrals.CoordinatorIntake;
import org.nadiya.referrals.Handover;
import org.nadiya.referrals.Priority;
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.NotVisibleException;
import org.nadiya.security.Role;
import org.nadiya.victims.PersonRecords;
import org.nadiya.victims.Persons;
import org.nadiya.victims.ServiceType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handovers from front-line officers to the regional Coordination Centre. The officer may hand over only a person
 * they registered (the victims module says so); coordinators see and take on handovers of persons they see.
 */
@Service
class IntakeService implements CoordinatorIntake {

    private final HandoverStore handovers;
    private final ReferralStore referrals;
    private final Persons persons;
    private final PersonRecords records;
    private final AuditLog audit;
    private final Clock clock;

    IntakeService(HandoverStore handovers, ReferralStore referrals, Persons persons, PersonRecords records,
                  AuditLog audit, Clock clock) {
        this.records = records;
        this.handovers = handovers;
        this.referrals = referrals;
        this.persons = persons;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Handover handOver(CurrentUser officer, long personId, String regionCode, ServiceType need, Priority priority,
                             String origin) {
        boolean frontLine = officer.has(Role.PROSECUTOR) || officer.has(Role.INVESTIGATOR) || officer.has(Role.OPERATIVE);
        if (!frontLine || officer.has(Role.PARTNER) || officer.has(Role.RESEARCHER)) {
            audit.recordDenied(AuditEvent.denied("HANDOVER_REFUSED", "handover", null).by(officer.username())
                    .with("only prosecutors, investigators and operatives hand persons over"));
            throw new AccessDeniedException("only prosecutors, investigators and operatives hand persons over");
        }
        if (!persons.registeredBy(officer, personId)) {
            audit.recordDenied(AuditEvent.denied("HANDOVER_REFUSED", "person", personId).by(officer.username())
                    .with("not registered by this officer"));
            throw new NotVisibleException("person", personId);
        }
        if (need == null) {
            throw new InvalidInputException("need", "error.referrals.need.chooseFirst");
        }
        if (officer.agencyCode() == null || regionCode == null || origin == null || !origin.matches("[A-Z_]{1,30}")) {
            throw new InvalidInputException("regionCode", "error.referrals.handover.incomplete");
        }
        Priority p = priority == null ? Priority.NORMAL : priority;
        var now = clock.instant();
        long needId = referrals.insertNeed(personId, need, p, LocalDate.now(clock.withZone(ReferralService.KYIV)),
                officer.username(), now);
        long id = handovers.insert(personId, needId, regionCode, officer.agencyCode(), origin, officer.username(), now);
        audit.record(AuditEvent.allowed("HANDOVER_SENT", "handover", id).by(officer.username())
                .with("person " + personId + " to the coordinators of " + regionCode + " for " + need + ", " + p
                        + " (" + origin + ")"));
        return handovers.get(id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Handover> waiting(CurrentUser coordinator) {
        requireCoordinator(coordinator);
        return handovers.waiting().stream().filter(h -> persons.canSee(coordinator, h.personId())).toList();
    }

    @Override
    @Transactional
    public Handover take(CurrentUser coordinator, long id) {
        requireCoordinator(coordinator);
        var handover = handovers.get(id).orElse(null);
        if (handover == null || !persons.canSee(coordinator, handover.personId())) {
            audit.recordDenied(AuditEvent.denied("READ_REFUSED", "handover", id).by(coordinator.username())
                    .with("no such record or outside the access rules"));
            throw new NotVisibleException("handover", id);
        }
        if (!handovers.take(id, coordinator.username(), clock.instant())) {
            throw new InvalidInputException("handover", "error.referrals.handover.taken", handover.takenBy());
        }
        audit.record(AuditEvent.allowed("HANDOVER_TAKEN", "handover", id).by(coordinator.username())
                .with("person " + handover.personId()));
        // Taking a handover on makes the coordinator answer for the person (audited COORDINATOR_ASSIGNED), in this
        // transaction: the person never waits on "not assigned" after someone pressed "take on".
        records.takeOn(coordinator, handover.personId());
        return handovers.get(id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean handedTo(CurrentUser coordinator, long handoverId) {
        if (!coordinator.has(Role.COORDINATOR) || !coordinator.canSeePersons()) {
            return false;
        }
        return handovers.get(handoverId).map(h -> persons.canSee(coordinator, h.personId())).orElse(false);
    }

    private void requireCoordinator(CurrentUser user) {
        if (!user.has(Role.COORDINATOR) || !user.canSeePersons()) {
            audit.recordDenied(AuditEvent.denied("HANDOVER_REFUSED", "handover", null).by(user.username())
                    .with("coordinators only"));
            throw new AccessDeniedException("handovers are for coordinators");
        }
    }
}
