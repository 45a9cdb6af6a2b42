package org.nadiya.victims.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.nadiya.victims.Person;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for what hangs off a person besides its core row: the child's legal representative and the photo. */
@Repository
class PersonLinkStore {

    private final JdbcClient jdbc;

    PersonLinkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Person.Representative> representativeOf(long childId) {
        return jdbc.sql("""
                select p.id, p.pseudonym from person_representative r join protected_person p on p.id = r.representative_id
                where r.child_id = :child""").param("child", childId)
                .query((rs, n) -> new Person.Representative(rs.getLong(1), rs.getString(2))).optional();
    }

    /** Records or replaces the child's representative. */
    void setRepresentative(long childId, long representativeId, LocalDate on, String by) {
        jdbc.sql("delete from person_representative where child_id = :child").param("child", childId).update();
        jdbc.sql("""
                insert into person_representative (child_id, representative_id, linked_on, linked_by)
                values (:child, :rep, :on, :by)""").param("child", childId).param("rep", representativeId)
                .param("on", on).param("by", by).update();
    }

    boolean hasPhoto(String pseudonym) {
        return jdbc.sql("select count(*) from person_photo where pseudonym = :p").param("p", pseudonym)
                .query(Long.class).single() > 0;
    }

    /** Stores or replaces the photo (ciphertext of the base64 image). */
    void storePhoto(String pseudonym, String contentType, long size, LocalDate on, String by, String sealed) {
        jdbc.sql("delete from person_photo where pseudonym = :p").param("p", pseudonym).update();
        jdbc.sql("""
                insert into person_photo (pseudonym, content_type, size_bytes, uploaded_on, uploaded_by, content_enc)
                values (:p, :type, :size, :on, :by, :content)""").param("p", pseudonym).param("type", contentType)
                .param("size", size).param("on", on).param("by", by).param("content", sealed).update();
    }

    /** The content type and the ciphertext. */
    Optional<String[]> photo(String pseudonym) {
        return jdbc.sql("select content_type, content_enc from person_photo where pseudonym = :p").param("p", pseudonym)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
    }
}
