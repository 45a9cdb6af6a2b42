package org.nadiya.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.nadiya.testsupport.NadiyaPostgresTest;
import org.springframework.beans.factory.annotation.Autowired;

@NadiyaPostgresTest
class AuditLogPostgresTest extends AuditLogContract {

    @Autowired
    DataSource dataSource;

    @Test
    void theApplicationCannotUpdateOrDeleteAuditRows() {
        var entry = audit.record(AuditEvent.allowed("TEST_APPEND_ONLY", "thing", "1").by("tester"));
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'x' where seq = :s")
                .param("s", entry.seq()).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where seq = :s")
                .param("s", entry.seq()).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update()).hasMessageContaining("append-only");
        assertThat(audit.verify().intact()).isTrue();
    }

    /** Only a superuser who switches triggers off can do this; the chain still catches it. */
    @Override
    void alterByHand(long seq, String actor) {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("set session_replication_role = replica");
            try (var update = connection.prepareStatement("update audit_entry set actor = ? where seq = ?")) {
                update.setString(1, actor);
                update.setLong(2, seq);
                update.executeUpdate();
            } finally {
                statement.execute("set session_replication_role = origin");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
