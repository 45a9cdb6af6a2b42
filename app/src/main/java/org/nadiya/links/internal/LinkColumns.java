package org.nadiya.links.internal;

import org.nadiya.security.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The encrypted columns of this module, declared as a bean so that key rotation re-encrypts it. */
@Configuration(proxyBeanMethods = false)
class LinkColumns {

    static final EncryptedColumn VALUE = new EncryptedColumn("link_identifier", "value_key", "value_enc");

    static final EncryptedColumn ORGANISATION_NAME = new EncryptedColumn("link_organisation", "org_key", "name_enc");

    @Bean
    EncryptedColumn linkIdentifierValueColumn() {
        return VALUE;
    }

    @Bean
    EncryptedColumn linkOrganisationNameColumn() {
        return ORGANISATION_NAME;
    }
}
