package org.nadiya.victims.internal;

import java.time.LocalDate;
import java.util.List;

import org.nadiya.cases.Proceedings;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.UserAccount;
import org.nadiya.security.UserAdministration;
import org.nadiya.victims.ProceedingPersons;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The persons of a proceeding for its workspace, its API and its network (see {@link ProceedingPersons}). */
@Service
class ProceedingPeople implements ProceedingPersons {

    private final Proceedings proceedings;
    private final PersonService persons;
    private final ProceedingPeopleStore store;
    private final UserAdministration users;

    ProceedingPeople(Proceedings proceedings, PersonService persons, ProceedingPeopleStore store,
                     UserAdministration users) {
        this.proceedings = proceedings;
        this.persons = persons;
        this.store = store;
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Line> of(CurrentUser user, long proceedingId) {
        proceedings.open(user, proceedingId);
        return seenBy(user, proceedingId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Line> seenBy(CurrentUser user, long proceedingId) {
        var visible = persons.visibleAmong(user, persons.linkedTo(proceedingId));
        LocalDate today = persons.today();
        var coordinators = new java.util.HashMap<Long, java.util.Optional<UserAccount>>();
        return store.of(proceedingId, visible).stream().map(p -> line(p, p.coordinatorId() == null ? null
                : coordinators.computeIfAbsent(p.coordinatorId(), users::find).orElse(null), today)).toList();
    }

    private static Line line(ProceedingPeopleStore.Participant p, UserAccount coordinator, LocalDate today) {
        VictimStatus status;
        LocalDate since = p.decidedOn() != null ? p.decidedOn() : p.appliedOn();
        if (p.decision() == null) {
            status = VictimStatus.NONE;
        } else {
            status = switch (p.decision()) {
                case PENDING -> VictimStatus.PENDING;
                case REFUSED -> VictimStatus.REFUSED;
                case GRANTED -> p.endsOn() != null && p.endsOn().isBefore(today) ? VictimStatus.ENDED : VictimStatus.GRANTED;
            };
        }
        return new Line(p.id(), p.pseudonym(), p.role(), p.ageGroup().child(),
                coordinator == null ? null : coordinator.displayName(), coordinator == null ? null : coordinator.email(), status, since, status == VictimStatus.GRANTED || status == VictimStatus.ENDED
                        ? p.endsOn() : null);
    }
}
