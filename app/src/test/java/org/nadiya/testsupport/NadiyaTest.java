package org.nadiya.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The one application context most tests share: H2 in memory, a real server on a random port, MockMvc.
 * Keep every use identical so that Spring caches a single context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:nadiya-test;DB_CLOSE_DELAY=-1",
        "nadiya.data-dir=target/test-data/h2",
        "NADIYA_DEMO_PASSWORD=" + DemoUsers.PASSWORD,
        "nadiya.security.max-failed-logins=3", "nadiya.security.max-failed-logins-per-account=12",
        // Small statement chunks and limits, so that multi-chunk statements and refusals need only small test data.
        "nadiya.finance.chunk-size=16KB", "nadiya.finance.max-statement-size=2MB",
        "nadiya.finance.max-spreadsheet-size=256KB",
        // Jobs found within half a second of being due; a failed attempt tried again after a second.
        "nadiya.jobs.polling=500ms", "nadiya.jobs.retry-delay=1s",
        // MockMvc keeps sessions in MockHttpSession objects; sessions in the database are tested with real HTTP
        // (SharedSessionsTest, TwoInstancesIT).
        "spring.autoconfigure.exclude=org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration"})
@AutoConfigureMockMvc
public @interface NadiyaTest {
}
