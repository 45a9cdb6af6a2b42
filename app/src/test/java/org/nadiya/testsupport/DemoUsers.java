package org.nadiya.testsupport;

/** The demo users' password in tests (NADIYA_DEMO_PASSWORD). */
public final class DemoUsers {

    public static final String PASSWORD = "Test-Demo-Pass-2025";

    private DemoUsers() {
    }
}
