package org.nadiya.jobs;

/**
 * Runs the jobs of one kind. {@link #run} may be called again for the same job (a retry, or another instance
 * taking over after the first died), so it must resume or redo its work without duplicating stored results.
 */
public interface JobHandler {

    /** The kind this handler runs, e.g. {@code finance.analysis}: also the message key suffix of its label. */
    String kind();

    void run(JobContext job) throws Exception;

    /** Called once, after the last attempt failed, so the module can close its own record with the reason. */
    default void failed(JobContext job, String reason) {
    }

    /** How many times a job is begun before it fails for good (a crash of the instance running it counts). */
    default int attempts() {
        return 3;
    }
}
