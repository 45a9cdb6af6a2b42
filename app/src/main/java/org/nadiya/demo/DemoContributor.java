package org.nadiya.demo;

/**
 * One module's share of the demo data. Runs once per database, in its own transaction, in {@link #order()}
 * (users first at 0; modules that need proceedings after 100, and so on).
 */
public interface DemoContributor {

    /** Stable name recorded when loaded, e.g. {@code security.users}. */
    String name();

    int order();

    void contribute(DemoContext context);
}
