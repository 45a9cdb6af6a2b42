package org.nadiya.victims.internal;

import java.time.LocalDate;
import java.util.List;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.security.FieldEncryption;
import org.nadiya.victims.AgeBand;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes the CTDC age band of persons registered before the band was stored (V30 leaves it null): the date of
 * birth is decrypted in memory, the band is computed on the day of registration, as at registration, and only the
 * band is written. Runs at start-up, after the key check, and does nothing once every row has a band. One audit
 * entry names how many rows were filled; it holds no personal data.
 */
@Component
@Order(1)
class AgeBandBackfill implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    AgeBandBackfill(JdbcClient jdbc, FieldEncryption encryption, AuditLog audit, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.encryption = encryption;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        backfill();
    }

    /** Fills every missing band in one transaction; returns how many rows were filled. */
    int backfill() {
        Integer filled = transactions.execute(status -> {
            List<Unbanded> rows = jdbc.sql("select id, pseudonym, registered_on, birth_date_enc from protected_person"
                            + " where age_band is null order by id")
                    .query((rs, n) -> new Unbanded(rs.getLong("id"), rs.getString("pseudonym"),
                            rs.getObject("registered_on", LocalDate.class), rs.getString("birth_date_enc"))).list();
            for (Unbanded row : rows) {
                jdbc.sql("update protected_person set age_band = :b where id = :id and age_band is null")
                        .param("b", band(row).name()).param("id", row.id()).update();
            }
            if (!rows.isEmpty()) {
                audit.record(AuditEvent.allowed("AGE_BANDS_COMPUTED", "protected_person", "age_band")
                        .by("system:start-up").with("rows=" + rows.size()));
            }
            return rows.size();
        });
        return filled == null ? 0 : filled;
    }

    private AgeBand band(Unbanded row) {
        if (row.birthDateEnc() == null) {
            return AgeBand.UNKNOWN;
        }
        String born = encryption.decrypt(row.birthDateEnc(), IdentityColumns.BIRTH_DATE.context(row.pseudonym()));
        return AgeBand.of(LocalDate.parse(born), row.registeredOn());
    }

    private record Unbanded(long id, String pseudonym, LocalDate registeredOn, String birthDateEnc) {
    }
}
