package org.nadiya.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The shared PostgreSQL context for storage tests. PostgreSQL comes from {@code NADIYA_TEST_PG_URL}
 * (user {@code NADIYA_TEST_PG_USER}, default postgres; password {@code NADIYA_TEST_PG_PASSWORD}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresPostgres.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "nadiya.data-dir=target/test-data/pg",
        "NADIYA_DEMO_PASSWORD=" + DemoUsers.PASSWORD,
        // Small statement chunks and limits, so that multi-chunk statements and refusals need only small test data.
        "nadiya.finance.chunk-size=16KB", "nadiya.finance.max-statement-size=2MB",
        "nadiya.finance.max-spreadsheet-size=256KB",
        // Jobs found within half a second of being due; a failed attempt tried again after a second.
        "nadiya.jobs.polling=500ms", "nadiya.jobs.retry-delay=1s"})
@ContextConfiguration(initializers = RequiresPostgres.DataSource.class)
public @interface NadiyaPostgresTest {
}
