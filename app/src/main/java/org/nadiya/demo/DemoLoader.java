package org.nadiya.demo;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads every contribution that this database does not have yet; a second run changes nothing. */
@Service
public class DemoLoader {

    private final List<DemoContributor> contributors;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Path dataDir;
    private final String fixedPassword;

    DemoLoader(List<DemoContributor> contributors, JdbcClient jdbc, TransactionTemplate transaction, Clock clock,
               @Value("${nadiya.data-dir}") String dataDir,
               @Value("${NADIYA_DEMO_PASSWORD:}") String fixedPassword) {
        this.contributors = contributors;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.dataDir = Path.of(dataDir);
        this.fixedPassword = fixedPassword;
    }

    /** Loads what is missing and returns the names of the contributions loaded now. */
    public List<String> load() {
        var context = context();
        List<String> loaded = new ArrayList<>();
        contributors.stream().sorted(Comparator.comparingInt(DemoContributor::order)).forEach(c -> {
            boolean done = jdbc.sql("select count(*) from demo_dataset where name = :n").param("n", c.name())
                    .query(Long.class).single() > 0;
            if (!done) {
                transaction.executeWithoutResult(status -> {
                    c.contribute(context);
                    jdbc.sql("insert into demo_dataset (name, loaded_at) values (:n, :at)")
                            .param("n", c.name()).param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                            .update();
                });
                loaded.add(c.name());
            }
        });
        return loaded;
    }

    public DemoContext context() {
        return new DemoContext(dataDir, fixedPassword);
    }
}
