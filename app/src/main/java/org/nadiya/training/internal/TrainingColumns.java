package org.nadiya.training.internal;

import org.nadiya.security.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The encrypted columns of this module (officials' names and contacts), declared as beans so that key rotation
 * re-encrypts them. The key column is the random person key, which never changes.
 */
@Configuration(proxyBeanMethods = false)
class TrainingColumns {

    static final EncryptedColumn NAME = new EncryptedColumn("training_person", "person_key", "name_enc");
    static final EncryptedColumn CONTACT = new EncryptedColumn("training_person", "person_key", "contact_enc");

    @Bean
    EncryptedColumn trainingPersonNameColumn() {
        return NAME;
    }

    @Bean
    EncryptedColumn trainingPersonContactColumn() {
        return CONTACT;
    }
}
