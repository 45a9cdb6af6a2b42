package org.nadiya.security.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.stereotype.Component;

/**
 * Completed event publications are evidence of nothing once their listener is done, and events may carry ids and
 * ciphertext of protected records: they are deleted after {@code nadiya.events.completed-retention} (default 7 days),
 * checked hourly and at start. Incomplete ones stay until their listener completes (decision 0009). Several instances
 * deleting the same rows do no harm.
 */
@Component
class EventPublicationRetention {

    private static final Logger LOG = LoggerFactory.getLogger(EventPublicationRetention.class);

    private final CompletedEventPublications completed;
    private final Duration retention;
    private ScheduledExecutorService timer;

    EventPublicationRetention(CompletedEventPublications completed,
                              @Value("${nadiya.events.completed-retention:7d}") Duration retention) {
        this.completed = completed;
        this.retention = retention;
    }

    @PostConstruct
    void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            var thread = new Thread(r, "event-publication-retention");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::purgeQuietly, 1, 60, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }

    /** Deletes completed publications older than the retention. */
    void purge() {
        completed.deletePublicationsOlderThan(retention);
    }

    private void purgeQuietly() {
        try {
            purge();
        } catch (RuntimeException e) {
            LOG.warn("completed event publications not deleted: {}", e.toString());
        }
    }
}
