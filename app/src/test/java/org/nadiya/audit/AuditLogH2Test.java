package org.nadiya.audit;

import org.nadiya.testsupport.NadiyaTest;

@NadiyaTest
class AuditLogH2Test extends AuditLogContract {

    @Override
    void alterByHand(long seq, String actor) {
        jdbc.sql("update audit_entry set actor = :a where seq = :s").param("a", actor).param("s", seq).update();
    }
}
