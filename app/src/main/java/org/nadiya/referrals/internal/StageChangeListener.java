package org.nadiya.referrals.internal;

import java.time.Clock;

import org.nadiya.cases.ProceedingStageChanged;
import org.nadiya.victims.Persons;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * After a proceeding changes stage and the change commits (in its own transaction; spring-modulith-events is not
 * on the classpath, so this is a plain {@code @TransactionalEventListener}), stores a notification for every person linked to it:
 * the coordinator must tell the person (CPC Art. 56: the victim's right to be informed). Every stage change
 * counts: suspicion notified, indictment sent, trial, verdict, appeal, suspension, resumption and closure are all
 * news the person is entitled to.
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

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ProceedingStageChanged event) {
        for (long personId : persons.linkedTo(event.proceedingId())) {
            store.insertNotification(personId, event.proceedingId(), event.from(), event.to(), event.on(), clock.instant());
        }
    }
}
