package org.nadiya.jobs;

import java.time.Duration;
import java.time.Instant;

/**
 * A job as stored: what it is about, who started it, its state and last persisted progress, how many times an
 * instance began it, the instance that ran it last and, when it failed, why.
 */
public record Job(long id, String kind, String subject, String startedBy, State state, String progress, int attempts,
                  String instance, Instant createdAt, Instant startedAt, Instant finishedAt, String failure) {

    public enum State {
        /** Waiting for an instance (first run, a retry after a failure, or revived after an instance died). */
        QUEUED,
        RUNNING,
        DONE,
        FAILED;

        public boolean finished() {
            return this == DONE || this == FAILED;
        }
    }

    /** From the first start to the end, or to {@code now} while it runs; null before it started. */
    public Duration duration(Instant now) {
        if (startedAt == null) {
            return null;
        }
        return Duration.between(startedAt, finishedAt != null ? finishedAt : now);
    }
}
