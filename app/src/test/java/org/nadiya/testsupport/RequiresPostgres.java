package org.nadiya.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

public class RequiresPostgres implements ExecutionCondition {

    static final String URL = "NADIYA_TEST_PG_URL";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return ExternalResource.require(URL, "PostgreSQL");
    }

    /** Points the context's data source at the test PostgreSQL database. */
    public static class DataSource implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String user = System.getenv().getOrDefault("NADIYA_TEST_PG_USER", "postgres");
            String password = System.getenv().getOrDefault("NADIYA_TEST_PG_PASSWORD", "");
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                    "spring.datasource.url=" + System.getenv(URL),
                    "spring.datasource.username=" + user,
                    "spring.datasource.password=" + password);
        }
    }
}
