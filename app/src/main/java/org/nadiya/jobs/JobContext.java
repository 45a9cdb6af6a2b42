package org.nadiya.jobs;

/** What a running job knows of itself, and where it reports progress (persisted, so every instance sees it). */
public interface JobContext {

    long id();

    String subject();

    String startedBy();

    /** 1 on the first run; more on a retry or after another instance took over. */
    int attempt();

    /** Persists a short progress text (a stage and a percentage; no personal data), at most about once a second. */
    void progress(String text);
}
