package org.nadiya.jobs;

import java.util.Optional;

import org.nadiya.security.CurrentUser;

/** Submits and reads durable background jobs; see the package description. */
public interface Jobs {

    /**
     * Stores a job of a kind some {@link JobHandler} runs, about {@code subject} (the id of what it works on in its
     * module), started by {@code startedBy}. Joins the caller's transaction: the job exists, and runs, only if the
     * caller's work commits. Returns the job's id.
     */
    long submit(String kind, String subject, String startedBy);

    /** The newest job of a kind about a subject, if any (for a module showing its own work's progress). */
    Optional<Job> latest(String kind, String subject);

    /** A job its starter (or an administrator) may see; anyone else, and an unknown id: {@code NotVisibleException}. */
    Job visible(CurrentUser user, long id);
}
