package org.nadiya.audit;

import java.util.function.Consumer;

import org.nadiya.testsupport.NadiyaTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@NadiyaTest
class AuditLogH2Test extends AuditLogContract {

    /** On H2 an intruder with the database's credentials drops the append-only trigger first. */
    @Override
    void asIntruder(Consumer<JdbcClient> change) {
        jdbc.sql("drop trigger audit_entry_append_only").update();
        try {
            change.accept(jdbc);
        } finally {
            jdbc.sql("create trigger audit_entry_append_only before update, delete on audit_entry for each row call "
                    + "\"org.nadiya.audit.internal.H2AppendOnlyTrigger\"").update();
        }
    }
}
