package org.nadiya.victims.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start, indexes the names of persons registered before the index existed (or under older blocking rules), in
 * batches of one transaction each; a person linked to a proceeding is then matched like a newly linked one.
 * Runs after the key-file check; does nothing when every person is indexed.
 */
@Component
@Order(20)
class NameIndexBackfill implements ApplicationRunner {

    private final PersonNameIndex index;

    NameIndexBackfill(PersonNameIndex index) {
        this.index = index;
    }

    @Override
    public void run(ApplicationArguments args) {
        while (index.indexPending(500) > 0) {
            // next batch
        }
    }
}
