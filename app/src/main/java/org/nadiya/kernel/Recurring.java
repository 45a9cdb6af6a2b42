package org.nadiya.kernel;

import java.time.Duration;

/**
 * Work done every {@link #interval()} by one instance of the application at a time, however many run on the
 * database: a bean of this type is scheduled by the job service (module {@code jobs}, decision 0062), which keeps
 * the next run time in the database. Declared here so that any module can offer such work without depending on
 * the job service.
 */
public interface Recurring {

    /** Unique and stable across versions: the name the next run time is stored under. */
    String name();

    /** Zero or negative: never. */
    Duration interval();

    void run();
}
