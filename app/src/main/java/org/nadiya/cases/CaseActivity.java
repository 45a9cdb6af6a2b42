package org.nadiya.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What happens inside a proceeding: tasks, evidence, notes, hearings, stage changes and the timeline. */
public final class CaseActivity {

    private CaseActivity() {
    }

    /** A task of a proceeding; {@code version} is sent back with an edit, so that a concurrent edit is refused. */
    public record Task(long id, String title, Long assigneeId, String assigneeName, LocalDate dueOn, boolean done,
                       String createdBy, Instant createdAt, int version) {

        public PretrialDeadline.Warning warningOn(LocalDate today) {
            return warning(done, dueOn, today);
        }
    }

    /**
     * A task assigned to a user, with the proceeding it belongs to (named by its ERDR number), for "my tasks" across
     * proceedings.
     */
    public record AssignedTask(long id, long proceedingId, String erdrNumber, String title, LocalDate dueOn,
                               boolean done, String createdBy, Instant createdAt, int version) {

        public PretrialDeadline.Warning warningOn(LocalDate today) {
            return warning(done, dueOn, today);
        }
    }

    /** Which tasks a list shows. */
    public enum TaskState {
        OPEN,
        DONE,
        ALL
    }

    private static PretrialDeadline.Warning warning(boolean done, LocalDate dueOn, LocalDate today) {
        return done || dueOn == null ? PretrialDeadline.Warning.NONE
                : PretrialDeadline.Warning.of(java.time.temporal.ChronoUnit.DAYS.between(today, dueOn));
    }

    public record Evidence(long id, String item, String source, LocalDate obtainedOn, String storage, String fileName,
                           String fileSha256, Long fileSize, String createdBy, Instant createdAt,
                           List<Custody> custody) {
    }

    public record Custody(long id, LocalDate occurredOn, String fromHolder, String toHolder, String purpose,
                          String recordedBy) {
    }

    public record Note(long id, String text, String author, Instant createdAt) {
    }

    public record Hearing(long id, LocalDate heldOn, String court, String outcome, String recordedBy) {
    }

    public record StageChange(long id, Stage from, Stage to, LocalDate occurredOn, String recordedBy, String note) {
    }

    /** One line of the timeline, newest first; {@code kind} names a message key suffix. */
    /**
     * One line of the timeline; {@code labelKey} is the message key of a coded part (a stage, a team role, a kind of
     * period) shown before {@code text} in the reader's language, null when the line is free text only.
     */
    public record TimelineEntry(LocalDate on, String kind, String text, String by, String labelKey) {

        public TimelineEntry(LocalDate on, String kind, String text, String by) {
            this(on, kind, text, by, null);
        }
    }

    public record EvidenceFile(String fileName, String sha256, byte[] content) {
    }
}
