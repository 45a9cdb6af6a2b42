package org.nadiya.referrals.internal;

import java.time.Clock;

import org.nadiya.cases.ProceedingStageChanged;
import org.nadiya.victims.Persons;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * After a proceeding changes stage and the change commits, stores a notification for every person linked to it:
 * the coordinator must tell the person (CPC Art. 56: the victim's right to be informed). Every stage change
 * counts: suspicion notified, indictment sent, trial, verdict, appeal, suspension, resumption and closure are all
 * news the person is entitled to.
 *
 * <p>An application-module listener: the event publication registry stores the publication in the stage change's
 * own transaction and marks it completed when this listener's transaction commits, so a stop in between leaves
 * it incomplete and it is republished on restart (decision 0009).
 */
@Component
class StageChangeListener {

    private final Persons persons;
    private final ReferralStore store;
    private final Clock clock;

    StageChangeListener(Persons persons, ReferralStore store, Clock clock) {
        this.persons = persons;
        this.store = store;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ProceedingStageChanged event) {
        for (long personId : persons.linkedTo(event.proceedingId())) {
            store.insertNotification(personId, event.proceedingId(), event.from(), event.to(), event.on(), clock.instant());
        }
    }
}
