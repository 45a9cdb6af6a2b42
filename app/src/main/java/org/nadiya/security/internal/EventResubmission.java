package org.nadiya.security.internal;

import java.time.Duration;

import org.nadiya.kernel.Recurring;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * Module events whose listener did not complete (the instance that published them stopped, or the listener failed)
 * are handed to their listeners again by one instance at a time, once they are older than
 * {@code nadiya.events.resubmit-after} (default 10 minutes, far above any listener's run time). This replaces
 * republishing every incomplete event at each start, which with several instances ran an event that another
 * instance was still handling a second time.
 */
@Component
class EventResubmission implements Recurring {

    private final IncompleteEventPublications incomplete;
    private final Duration after;

    EventResubmission(IncompleteEventPublications incomplete,
                      @Value("${nadiya.events.resubmit-after:10m}") Duration after) {
        this.incomplete = incomplete;
        this.after = after;
    }

    @Override
    public String name() {
        return "event-resubmission";
    }

    @Override
    public Duration interval() {
        return Duration.ofMinutes(1);
    }

    @Override
    public void run() {
        incomplete.resubmitIncompletePublicationsOlderThan(after);
    }
}
