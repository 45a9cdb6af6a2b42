package org.nadiya.victims.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.nadiya.victims.Consent;
import org.nadiya.victims.ConsentScope;
import org.nadiya.victims.DisclosureOverride;
import org.nadiya.victims.Recipient;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for consents, their signed forms (encrypted) and disclosure overrides. */
@Repository
class ConsentStore {

    private final JdbcClient jdbc;

    ConsentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The enforcement query: an active consent for the scope (and recipient, where the scope names one), or an
     * override. Read on every call, never cached, so a withdrawal counts from the moment it commits.
     */
    boolean allows(long personId, ConsentScope scope, Recipient recipient) {
        String match = scope.needsRecipient()
                ? " and recipient_kind = :kind and recipient = :code and coalesce(recipient_request, '') = :request" : "";
        var consent = jdbc.sql("select count(*) from consent where person_id = :id and scope = :scope"
                + " and withdrawn_on is null" + match);
        var override = jdbc.sql("select count(*) from disclosure_override where person_id = :id and scope = :scope" + match);
        if (scope.needsRecipient()) {
            String request = recipient.request() == null ? "" : recipient.request();
            consent = consent.param("kind", recipient.kind().name()).param("code", recipient.code()).param("request", request);
            override = override.param("kind", recipient.kind().name()).param("code", recipient.code()).param("request", request);
        }
        return consent.param("id", personId).param("scope", scope.name()).query(Long.class).single() > 0
                || override.param("id", personId).param("scope", scope.name()).query(Long.class).single() > 0;
    }

    long insert(long personId, ConsentScope scope, Recipient recipient, LocalDate givenOn, String by, String fileName,
                String sha256, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into consent (person_id, scope, recipient_kind, recipient, recipient_request, given_on,
                    given_recorded_by, form_file_name, form_sha256, created_at)
                values (:person, :scope, :kind, :code, :request, :on, :by, :file, :sha, :at)
                """).param("person", personId).param("scope", scope.name())
                .param("kind", recipient == null ? null : recipient.kind().name())
                .param("code", recipient == null ? null : recipient.code())
                .param("request", recipient == null ? null : recipient.request()).param("on", givenOn).param("by", by)
                .param("file", fileName).param("sha", sha256).param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void storeForm(String formKey, long consentId, long size, String sealed) {
        jdbc.sql("insert into consent_form (form_key, consent_id, size_bytes, content_enc) values (:k, :c, :n, :v)")
                .param("k", formKey).param("c", consentId).param("n", size).param("v", sealed).update();
    }

    Optional<String[]> form(long consentId) {
        return jdbc.sql("select form_key, content_enc from consent_form where consent_id = :c").param("c", consentId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
    }

    /** Withdraws an active consent; false when it was not active (or not the person's). */
    boolean withdraw(long personId, long consentId, LocalDate on, String by) {
        return jdbc.sql("""
                update consent set withdrawn_on = :on, withdrawn_recorded_by = :by
                where id = :id and person_id = :person and withdrawn_on is null and given_on <= :on
                """).param("on", on).param("by", by).param("id", consentId).param("person", personId).update() == 1;
    }

    Optional<Consent> find(long personId, long consentId) {
        return jdbc.sql("select * from consent where id = :id and person_id = :person").param("id", consentId)
                .param("person", personId).query(ConsentStore::consent).optional();
    }

    List<Consent> list(long personId) {
        return jdbc.sql("select * from consent where person_id = :person order by given_on desc, id desc")
                .param("person", personId).query(ConsentStore::consent).list();
    }

    long insertOverride(long personId, ConsentScope scope, Recipient recipient, String reason, String by, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into disclosure_override (person_id, scope, recipient_kind, recipient, recipient_request, reason,
                    decided_by, decided_at)
                values (:person, :scope, :kind, :code, :request, :reason, :by, :at)
                """).param("person", personId).param("scope", scope.name())
                .param("kind", recipient == null ? null : recipient.kind().name())
                .param("code", recipient == null ? null : recipient.code())
                .param("request", recipient == null ? null : recipient.request()).param("reason", reason).param("by", by)
                .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update(keys, "id");
        return keys.getKey().longValue();
    }

    List<DisclosureOverride> overrides(long personId) {
        return jdbc.sql("select * from disclosure_override where person_id = :person order by decided_at desc, id desc")
                .param("person", personId).query((rs, n) -> new DisclosureOverride(rs.getLong("id"), rs.getLong("person_id"),
                        ConsentScope.valueOf(rs.getString("scope")), recipient(rs), rs.getString("reason"),
                        rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class).toInstant())).list();
    }

    private static Consent consent(ResultSet rs, int n) throws SQLException {
        return new Consent(rs.getLong("id"), rs.getLong("person_id"), ConsentScope.valueOf(rs.getString("scope")),
                recipient(rs), rs.getObject("given_on", LocalDate.class), rs.getString("given_recorded_by"),
                rs.getObject("withdrawn_on", LocalDate.class), rs.getString("withdrawn_recorded_by"),
                rs.getString("form_file_name"), rs.getString("form_sha256"));
    }

    private static Recipient recipient(ResultSet rs) throws SQLException {
        String kind = rs.getString("recipient_kind");
        return kind == null ? null : new Recipient(Recipient.Kind.valueOf(kind), rs.getString("recipient"),
                rs.getString("recipient_request"));
    }
}
