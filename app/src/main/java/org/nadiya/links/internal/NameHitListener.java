package org.nadiya.links.internal;

import org.nadiya.victims.PersonIndexed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Looks for name hits when the victims module says a person was linked to a proceeding or (re)indexed: after that
 * commit, in its own transaction, durable like every module event (decision 0009).
 */
@Component
class NameHitListener {

    private final HitService hits;

    NameHitListener(HitService hits) {
        this.hits = hits;
    }

    @ApplicationModuleListener
    void on(PersonIndexed event) {
        hits.detectNames(event.personId());
    }
}
