package org.nadiya.victims.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.nadiya.victims.PersonKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the keyed-hash name index ({@code person_name_key}, {@code person_name_indexed}). */
@Repository
class NameIndexStore {

    private final JdbcClient jdbc;

    NameIndexStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A person's sealed names (ciphertexts) with what decrypting and showing them needs: the parts of the name, the
     * one-line name of a row not yet split (decision 0043) and the Latin spelling.
     */
    record SealedNames(long id, String pseudonym, PersonKind kind, String family, String given, String patronymic,
                       String oneLine, String latin) {
    }

    /** Replaces the person's keys and marks them indexed under the rules version. */
    void replace(long personId, Collection<String> hashes, int rulesVersion, Instant at) {
        jdbc.sql("delete from person_name_key where person_id = :p").param("p", personId).update();
        for (String h : hashes) {
            jdbc.sql("insert into person_name_key (key_hash, person_id) values (:h, :p)").param("h", h)
                    .param("p", personId).update();
        }
        jdbc.sql("delete from person_name_indexed where person_id = :p").param("p", personId).update();
        jdbc.sql("insert into person_name_indexed (person_id, rules_version, indexed_at) values (:p, :v, :at)")
                .param("p", personId).param("v", rulesVersion).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }

    /** Persons (other than {@code excluding}) holding any of the hashes, most shared hashes first, at most {@code limit}. */
    List<Long> candidates(Collection<String> hashes, long excluding, int limit) {
        if (hashes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select person_id from person_name_key where key_hash in (:h) and person_id <> :x"
                        + " group by person_id order by count(*) desc, person_id fetch first " + limit + " rows only")
                .param("h", List.copyOf(hashes)).param("x", excluding).query(Long.class).list();
    }

    List<SealedNames> names(Collection<Long> personIds) {
        var result = new ArrayList<SealedNames>();
        var ids = List.copyOf(personIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            result.addAll(jdbc.sql("select id, pseudonym, kind, family_name_enc, given_name_enc, patronymic_enc,"
                            + " name_cyrillic_enc, name_latin_enc from protected_person where id in (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .query((rs, n) -> new SealedNames(rs.getLong(1), rs.getString(2), PersonKind.valueOf(rs.getString(3)),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8))).list());
        }
        return result;
    }

    /** Persons not yet indexed under the rules version, oldest first. */
    List<Long> unindexed(int rulesVersion, int limit) {
        return jdbc.sql("select p.id from protected_person p left join person_name_indexed i on i.person_id = p.id"
                        + " where i.person_id is null or i.rules_version < :v order by p.id fetch first " + limit + " rows only")
                .param("v", rulesVersion).query(Long.class).list();
    }
}
