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

    /** Values read per batch: at most this many characters (one larger value alone), so memory stays bounded. */
    static final long BATCH_CHARS = 16L * 1024 * 1024;
    private static final int BATCH_ROWS = 500;

    /**
     * Re-encrypts a column in batches bounded by size (large values such as statement chunks a few at a time):
     * first the row keys with their values' lengths, then the values of one batch at a time.
     */
    private long reencrypt(EncryptedColumn c, KeyRing target) {
        var rows = jdbc.sql("select " + c.keyColumn() + ", length(" + c.column() + ") from " + c.table()
                        + " where " + c.column() + " is not null")
                .query((rs, n) -> new Object[] {rs.getObject(1), rs.getLong(2)}).list();
        List<Object> batch = new java.util.ArrayList<>();
        long chars = 0;
        for (Object[] row : rows) {
            long length = (Long) row[1];
            if (!batch.isEmpty() && (batch.size() == BATCH_ROWS || chars + length > BATCH_CHARS)) {
                reencrypt(c, target, batch);
                batch.clear();
                chars = 0;
            }
            batch.add(row[0]);
            chars += length;
        }
        if (!batch.isEmpty()) {
            reencrypt(c, target, batch);
        }
        return rows.size();
    }

    private void reencrypt(EncryptedColumn c, KeyRing target, List<Object> keys) {
        var rows = jdbc.sql("select " + c.keyColumn() + ", " + c.column() + " from " + c.table()
                        + " where " + c.keyColumn() + " in (:keys) and " + c.column() + " is not null")
                .param("keys", keys).query((rs, n) -> new Object[] {rs.getObject(1), rs.getString(2)}).list();
        for (Object[] row : rows) {
            String context = c.context(row[0]);
            String plain = encryption.decrypt((String) row[1], context);
            String sealed = encryption.encrypt(plain, context, target.activeId(), target.activeKey());
            jdbc.sql("update " + c.table() + " set " + c.column() + " = :v where " + c.keyColumn() + " = :k")
                    .param("v", sealed).param("k", row[0]).update();
        }
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
