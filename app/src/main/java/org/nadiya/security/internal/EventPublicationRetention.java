package org.nadiya.security.internal;

import java.time.Duration;

import org.nadiya.kernel.Recurring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.stereotype.Component;

/**
 * Completed event publications are evidence of nothing once their listener is done, and events may carry ids and
 * ciphertext of protected records: they are deleted after {@code nadiya.events.completed-retention} (default 7 days),
 * checked hourly by one instance of the application at a time (recurring work of the job service). Incomplete ones
 * stay until their listener completes (decision 0009).
 */
@Component
class EventPublicationRetention implements Recurring {

    private static final Logger LOG = LoggerFactory.getLogger(EventPublicationRetention.class);

    private final CompletedEventPublications completed;
    private final Duration retention;

    EventPublicationRetention(CompletedEventPublications completed,
                              @Value("${nadiya.events.completed-retention:7d}") Duration retention) {
        this.completed = completed;
        this.retention = retention;
    }

    @Override
    public String name() {
        return "event-publication-retention";
    }

    @Override
    public Duration interval() {
        return Duration.ofHours(1);
    }

    @Override
    public void run() {
        try {
            purge();
        } catch (RuntimeException e) {
            LOG.warn("completed event publications not deleted: {}", e.toString());
        }
    }

    /** Deletes completed publications older than the retention. */
    void purge() {
        completed.deletePublicationsOlderThan(retention);
    }
}
