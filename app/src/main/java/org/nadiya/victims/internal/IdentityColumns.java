package org.nadiya.victims.internal;

import java.util.List;

import org.nadiya.security.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every encrypted column of this module, declared as a bean so that key rotation re-encrypts it. The key
 * column is the pseudonym (or the consent form's key), which never changes.
 */
@Configuration(proxyBeanMethods = false)
class IdentityColumns {

    static final String TABLE = "protected_person";
    static final EncryptedColumn FAMILY_NAME = column("family_name_enc");
    static final EncryptedColumn GIVEN_NAME = column("given_name_enc");
    static final EncryptedColumn PATRONYMIC = column("patronymic_enc");
    /** The name on one line, as stored before V51; emptied by {@link NamePartsBackfill} (decision 0043). */
    static final EncryptedColumn NAME_ONE_LINE = column("name_cyrillic_enc");
    static final EncryptedColumn NAME_LATIN = column("name_latin_enc");
    static final EncryptedColumn BIRTH_DATE = column("birth_date_enc");
    static final EncryptedColumn PHONE = column("phone_enc");
    static final EncryptedColumn ADDRESS = column("address_enc");
    static final EncryptedColumn DOCUMENTS = column("documents_enc");
    static final EncryptedColumn REPRESENTATIVE_NAME = column("representative_name_enc");
    static final EncryptedColumn REPRESENTATIVE_CONTACT = column("representative_contact_enc");
    static final List<EncryptedColumn> IDENTITY = List.of(FAMILY_NAME, GIVEN_NAME, PATRONYMIC, NAME_ONE_LINE, NAME_LATIN,
            BIRTH_DATE, PHONE, ADDRESS, DOCUMENTS, REPRESENTATIVE_NAME, REPRESENTATIVE_CONTACT);
    static final EncryptedColumn CONSENT_FORM = new EncryptedColumn("consent_form", "form_key", "content_enc");
    static final EncryptedColumn PHOTO = new EncryptedColumn("person_photo", "pseudonym", "content_enc");

    private static EncryptedColumn column(String name) {
        return new EncryptedColumn(TABLE, "pseudonym", name);
    }

    @Bean
    EncryptedColumn personFamilyNameColumn() {
        return FAMILY_NAME;
    }

    @Bean
    EncryptedColumn personGivenNameColumn() {
        return GIVEN_NAME;
    }

    @Bean
    EncryptedColumn personPatronymicColumn() {
        return PATRONYMIC;
    }

    @Bean
    EncryptedColumn personNameOneLineColumn() {
        return NAME_ONE_LINE;
    }

    @Bean
    EncryptedColumn personNameLatinColumn() {
        return NAME_LATIN;
    }

    @Bean
    EncryptedColumn personBirthDateColumn() {
        return BIRTH_DATE;
    }

    @Bean
    EncryptedColumn personPhoneColumn() {
        return PHONE;
    }

    @Bean
    EncryptedColumn personAddressColumn() {
        return ADDRESS;
    }

    @Bean
    EncryptedColumn personDocumentsColumn() {
        return DOCUMENTS;
    }

    @Bean
    EncryptedColumn personRepresentativeNameColumn() {
        return REPRESENTATIVE_NAME;
    }

    @Bean
    EncryptedColumn personRepresentativeContactColumn() {
        return REPRESENTATIVE_CONTACT;
    }

    @Bean
    EncryptedColumn personPhotoColumn() {
        return PHOTO;
    }

    @Bean
    EncryptedColumn consentFormColumn() {
        return CONSENT_FORM;
    }
}
