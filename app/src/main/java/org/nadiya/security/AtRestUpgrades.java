package org.nadiya.security;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rewrites of stored rows that need the key file (a keyed hash or an encryption of a value stored in clear before):
 * SQL migrations cannot, so each runs once at start-up, before the server takes requests, and is recorded in
 * {@code at_rest_upgrade} (V36). The record is written first, in the same transaction, so a second instance starting at
 * the same time waits on it and then skips the work; a failure leaves nothing half-written and the next start retries.
 */
@Component
public class AtRestUpgrades {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    AtRestUpgrades(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Runs {@code work} in one transaction unless an upgrade of that name already ran; returns whether it ran. */
    public boolean once(String name, Runnable work) {
        if (done(name)) {
            return false;
        }
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                jdbc.sql("insert into at_rest_upgrade (name, done_at) values (:n, current_timestamp)").param("n", name)
                        .update();
                work.run();
                return true;
            }));
        } catch (DuplicateKeyException anotherInstanceDidIt) {
            return false;
        }
    }

    private boolean done(String name) {
        return jdbc.sql("select count(*) from at_rest_upgrade where name = :n").param("n", name).query(Long.class)
                .single() > 0;
    }
}
