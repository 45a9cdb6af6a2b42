package org.nadiya.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/**
 * The rule for tests that need something outside the JVM (PostgreSQL, Chromium): run when its variable is
 * set; otherwise skip with a printed notice, except under {@code CI=true}, where its absence fails the build.
 */
final class ExternalResource {

    private ExternalResource() {
    }

    static ConditionEvaluationResult require(String variable, String what) {
        String value = System.getenv(variable);
        if (value != null && !value.isBlank()) {
            return ConditionEvaluationResult.enabled(variable + " is set");
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(what + " tests must run in CI but " + variable
                    + " is not set: .ci/run should export it");
        }
        String notice = "SKIPPED " + what + " tests: set " + variable + " to run them";
        System.out.println(notice);
        return ConditionEvaluationResult.disabled(notice);
    }
}
