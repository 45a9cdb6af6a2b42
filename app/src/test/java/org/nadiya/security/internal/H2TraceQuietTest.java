package org.nadiya.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Issue 15, point 10: reading the reference data (every page does) writes nothing to H2's trace file. Mapping rows by
 * class asked H2 for camel-case columns first, and H2 wrote each refusal there ("Column "nameUk" not found").
 */
class H2TraceQuietTest {

    @TempDir
    Path dir;

    @Test
    void readingRegionsAndAgenciesLeavesTheTraceFileEmpty() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("nadiya");
        var data = new DriverManagerDataSource(url, "sa", "");
        Flyway.configure().dataSource(data).locations("classpath:db/migration", "classpath:db/vendor/h2")
                .target("1").load().migrate();
        var reference = new JdbcReferenceData(JdbcClient.create(data), null);
        for (int i = 0; i < 3; i++) {
            assertThat(reference.regions()).extracting(r -> r.nameUk()).contains("Вінницька область");
            assertThat(reference.agencies()).isNotEmpty();
            assertThat(reference.region("UA-46")).isPresent();
            assertThat(reference.agency("NPU")).isPresent();
        }
        Path trace = dir.resolve("nadiya.trace.db");
        assertThat(Files.exists(trace) ? Files.readString(trace) : "").doesNotContain("not found");
    }
}
