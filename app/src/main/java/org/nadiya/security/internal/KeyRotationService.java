package org.nadiya.security.internal;

import java.time.Clock;
import java.util.List;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.security.EncryptedColumn;
import org.nadiya.security.FieldKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rotation writes the key file twice: first with the new key added but the old one still active, so a
 * crash at any point leaves every stored value decryptable; then, after the database commit, with the
 * new key active.
 */
@Service
class KeyRotationService implements FieldKeys {

    private final AesGcmFieldEncryption encryption;
    private final List<EncryptedColumn> columns;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final Clock clock;

    KeyRotationService(AesGcmFieldEncryption encryption, List<EncryptedColumn> columns, JdbcClient jdbc,
                       TransactionTemplate transaction, AuditLog audit, Clock clock) {
        this.encryption = encryption;
        this.columns = columns;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public synchronized Rotation rotate() {
        KeyRing old = encryption.ring();
        KeyRing withNew = old.withNewActiveKey(clock);
        withNew.activating(old.activeId()).save();
        long count = transaction.execute(status -> {
            long n = 0;
            for (EncryptedColumn column : columns) {
                n += reencrypt(column, withNew);
            }
            audit.record(AuditEvent.allowed("KEYS_ROTATED", "key", withNew.activeId()).by("system:cli")
                    .with("from " + old.activeId() + ", " + n + " fields re-encrypted"));
            return n;
        });
        withNew.save();
        encryption.use(withNew);
        return new Rotation(old.activeId(), withNew.activeId(), count);
    }

    private long reencrypt(EncryptedColumn c, KeyRing target) {
        var rows = jdbc.sql("select " + c.keyColumn() + ", " + c.column() + " from " + c.table()
                        + " where " + c.column() + " is not null")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        for (String[] row : rows) {
            String context = c.context(row[0]);
            String plain = encryption.decrypt(row[1], context);
            String sealed = encryption.encrypt(plain, context, target.activeId(), target.activeKey());
            jdbc.sql("update " + c.table() + " set " + c.column() + " = :v where " + c.keyColumn() + " = :k")
                    .param("v", sealed).param("k", row[0]).update();
        }
        return rows.size();
    }

    /** Ids of keys that stored values need but the key file lacks. */
    List<String> missingKeys() {
        var missing = new java.util.TreeSet<String>();
        for (EncryptedColumn c : columns) {
            jdbc.sql("select distinct substring(" + c.column() + " from 4 for " + KeyRing.KEY_ID_LENGTH + ") from "
                            + c.table() + " where " + c.column() + " is not null")
                    .query(String.class).list().stream()
                    .filter(id -> !encryption.ring().has(id))
                    .forEach(missing::add);
        }
        return List.copyOf(missing);
    }
}
