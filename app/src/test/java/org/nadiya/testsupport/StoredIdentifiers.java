package org.nadiya.testsupport;

import org.nadiya.security.FieldEncryption;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Finds rows by a value the database only holds encrypted (decision 0073), for tests that need a known row. */
public final class StoredIdentifiers {

    private StoredIdentifiers() {
    }

    /** The lowest proceeding holding a manually typed identifier shown as {@code display}. */
    public static long proceedingHolding(JdbcClient jdbc, FieldEncryption encryption, String display) {
        return jdbc.sql("select proceeding_id, value_key, display from link_identifier where source = 'MANUAL'"
                        + " order by proceeding_id")
                .query((rs, n) -> encryption.decrypt(rs.getString(3), "link_identifier.display:" + rs.getString(2))
                        .equals(display) ? rs.getLong(1) : null)
                .list().stream().filter(java.util.Objects::nonNull).findFirst().orElseThrow();
    }
}
