package org.nadiya.referrals.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.cases.Proceedings;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.referrals.InformChannel;
import org.nadiya.referrals.StageNotification;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.NotVisibleException;
import org.nadiya.victims.Persons;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The duty to inform (CPC Art. 56: the victim's right to know how the proceeding goes): one row per person to be
 * told about a stage change, with the person's pseudonym, the proceeding's ERDR number, what changed and the day by
 * which to tell (the change's day plus {@code nadiya.referrals.inform-days}); done when the coordinator records how
 * and when the person was told. Only persons the coordinator sees are listed or can be marked; the callers check the
 * role and run the transaction.
 */
@Component
class InformDuty {

    private final ReferralStore store;
    private final Persons persons;
    private final Proceedings proceedings;
    private final AuditLog audit;
    private final Clock clock;
    private final int informDays;

    InformDuty(ReferralStore store, Persons persons, Proceedings proceedings, AuditLog audit, Clock clock,
               @Value("${nadiya.referrals.inform-days:5}") int informDays) {
        if (informDays < 0) {
            throw new IllegalArgumentException("nadiya.referrals.inform-days must not be negative");
        }
        this.store = store;
        this.persons = persons;
        this.proceedings = proceedings;
        this.audit = audit;
        this.clock = clock;
        this.informDays = informDays;
    }

    /** Persons the user sees who are still to be told, the earliest change first. */
    List<StageNotification> pending(CurrentUser user) {
        var open = store.openNotifications();
        var pseudonyms = persons.pseudonyms(user, open.stream().map(ReferralStore.OpenNotification::personId).toList());
        var mine = open.stream().filter(n -> pseudonyms.containsKey(n.personId())).toList();
        var numbers = proceedings.erdrNumbers(mine.stream().map(ReferralStore.OpenNotification::proceedingId)
                .distinct().toList());
        LocalDate today = today();
        return mine.stream().map(n -> {
            LocalDate due = n.on().plusDays(informDays);
            return new StageNotification(n.id(), n.personId(), pseudonyms.get(n.personId()), n.proceedingId(),
                    numbers.get(n.proceedingId()), n.from(), n.to(), n.on(), due, due.isBefore(today));
        }).toList();
    }

    /** Records that the person was told, how and on which day (not before the change, not in the future). */
    void inform(CurrentUser user, long notificationId, InformChannel how, LocalDate on) {
        var open = store.openNotification(notificationId).orElse(null);
        if (open == null || !persons.canSee(user, open.personId())) {
            audit.recordDenied(AuditEvent.denied("READ_REFUSED", "notification", notificationId).by(user.username())
                    .with(open == null ? "no such open notification" : "person not visible"));
            throw new NotVisibleException("notification", notificationId);
        }
        if (how == null) {
            throw new InvalidInputException("how", "error.referrals.inform.how");
        }
        if (on == null || on.isAfter(today()) || on.isBefore(open.on())) {
            throw new InvalidInputException("informedOn", "error.referrals.inform.on", open.on().toString());
        }
        if (!store.inform(notificationId, how.name(), on, user.username(), clock.instant())) {
            throw new NotVisibleException("notification", notificationId);
        }
        audit.record(AuditEvent.allowed("PERSON_INFORMED", "notification", notificationId).by(user.username())
                .with("person " + open.personId() + ", proceeding " + open.proceedingId() + ": " + open.from() + " -> "
                        + open.to() + ", " + how + " on " + on));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ReferralService.KYIV));
    }
}
