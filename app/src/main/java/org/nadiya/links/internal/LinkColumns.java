package org.nadiya.links.internal;

import org.nadiya.security.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The encrypted columns of this module, declared as beans so that key rotation re-encrypts them. */
@Configuration(proxyBeanMethods = false)
class LinkColumns {

    static final EncryptedColumn VALUE = new EncryptedColumn("link_identifier", "value_key", "value_enc");

    /** What a screen shows of the identifier (masked for sensitive kinds; a phone or IBAN in full): decision 0073. */
    static final EncryptedColumn DISPLAY = new EncryptedColumn("link_identifier", "value_key", "display");

    static final EncryptedColumn ORGANISATION_NAME = new EncryptedColumn("link_organisation", "org_key", "name_enc");

    @Bean
    EncryptedColumn linkIdentifierValueColumn() {
        return VALUE;
    }

    @Bean
    EncryptedColumn linkIdentifierDisplayColumn() {
        return DISPLAY;
    }

    @Bean
    EncryptedColumn linkOrganisationNameColumn() {
        return ORGANISATION_NAME;
    }
}
