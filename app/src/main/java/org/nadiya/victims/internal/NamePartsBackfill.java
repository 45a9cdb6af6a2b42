package org.nadiya.victims.internal;

import java.util.List;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.security.FieldEncryption;
import org.nadiya.victims.Identity;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Splits names stored on one line before V51 into family name, given name and patronymic (decision 0043): each row is
 * decrypted in memory, split by {@link NameSplit} (no word dropped; an uncertain order marked unchecked), the parts
 * encrypted and written and the one-line column emptied in one statement, in batches of one transaction each. A row
 * whose words changed order is re-indexed for name hits by {@link NameIndexBackfill}, which runs after. One audit
 * entry per batch names how many rows were split; it holds no personal data.
 */
@Component
@Order(2)
class NamePartsBackfill implements ApplicationRunner {

    static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    NamePartsBackfill(JdbcClient jdbc, FieldEncryption encryption, AuditLog audit, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.encryption = encryption;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        while (batch() > 0) {
            // next batch
        }
    }

    /** Splits up to {@link #BATCH} rows in one transaction; returns how many. */
    int batch() {
        Integer split = transactions.execute(status -> {
            List<OneLine> rows = jdbc.sql("select id, pseudonym, name_cyrillic_enc from protected_person"
                            + " where name_cyrillic_enc is not null order by id fetch first " + BATCH + " rows only")
                    .query((rs, n) -> new OneLine(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
            int unchecked = 0;
            for (OneLine row : rows) {
                String text = encryption.decrypt(row.sealed(), IdentityColumns.NAME_ONE_LINE.context(row.pseudonym()));
                var parts = NameSplit.of(text);
                jdbc.sql("update protected_person set family_name_enc = :f, given_name_enc = :g, patronymic_enc = :p,"
                                + " name_cyrillic_enc = null, name_parts_unchecked = :u where id = :id")
                        .param("f", seal(IdentityColumns.FAMILY_NAME, row, parts.familyName()))
                        .param("g", seal(IdentityColumns.GIVEN_NAME, row, parts.givenName()))
                        .param("p", seal(IdentityColumns.PATRONYMIC, row, parts.patronymic()))
                        .param("u", !parts.certain()).param("id", row.id()).update();
                unchecked += parts.certain() ? 0 : 1;
                String joined = Identity.fullName(parts.familyName(), parts.givenName(), parts.patronymic());
                if (!String.join(" ", text.trim().split("\\s+")).equals(joined)) {
                    jdbc.sql("delete from person_name_indexed where person_id = :id").param("id", row.id()).update();
                }
            }
            if (!rows.isEmpty()) {
                audit.record(AuditEvent.allowed("NAME_PARTS_SPLIT", "protected_person", "name")
                        .by("system:start-up").with("rows=" + rows.size() + " unchecked=" + unchecked));
            }
            return rows.size();
        });
        return split == null ? 0 : split;
    }

    private String seal(org.nadiya.security.EncryptedColumn column, OneLine row, String plain) {
        return plain == null ? null : encryption.encrypt(plain, column.context(row.pseudonym()));
    }

    private record OneLine(long id, String pseudonym, String sealed) {
    }
}
