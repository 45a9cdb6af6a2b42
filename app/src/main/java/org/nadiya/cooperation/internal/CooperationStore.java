package org.nadiya.cooperation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.nadiya.cooperation.CatalogueEntry;
import org.nadiya.cooperation.CooperationRequest;
import org.nadiya.cooperation.Direction;
import org.nadiya.cooperation.FollowUp;
import org.nadiya.cooperation.RequestDraft;
import org.nadiya.cooperation.RequestKind;
import org.nadiya.cooperation.RequestPerson;
import org.nadiya.cooperation.RequestStatus;
import org.nadiya.cooperation.Translation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for cooperation requests and the catalogues. */
@Repository
class CooperationStore {

    private static final String COLUMNS = "id, reference, direction, kind, country_code, authority, legal_basis,"
            + " proceeding_id, summary, language, translation, drafted_on, approved_on, sent_on, received_on,"
            + " executed_on, refused_on, refusal_reason, expected_answer_on";

    private final JdbcClient jdbc;

    CooperationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CatalogueEntry> catalogue(String table) {
        return jdbc.sql("select code, name_uk, name_en from " + table + " order by code")
                .query((rs, n) -> new CatalogueEntry(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    boolean exists(String table, String code) {
        return jdbc.sql("select count(*) from " + table + " where code = :c").param("c", code)
                .query(Long.class).single() > 0;
    }

    boolean referenceTaken(String reference) {
        return jdbc.sql("select count(*) from cooperation_request where reference = :r").param("r", reference)
                .query(Long.class).single() > 0;
    }

    long insert(RequestDraft d, List<RequestPerson> persons, String by, Instant now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into cooperation_request (reference, direction, kind, country_code, authority, legal_basis,
                  proceeding_id, summary, language, translation, drafted_on, expected_answer_on, created_by,
                  updated_at, updated_by)
                values (:reference, :direction, :kind, :country, :authority, :basis, :proceeding, :summary, :language,
                  :translation, :drafted, :expected, :by, :now, :by)
                """)
                .param("reference", d.reference()).param("direction", d.direction().name())
                .param("kind", d.kind().name()).param("country", d.countryCode()).param("authority", d.authority())
                .param("basis", d.legalBasis()).param("proceeding", d.proceedingId()).param("summary", d.summary())
                .param("language", d.language()).param("translation", d.translation().name())
                .param("drafted", d.draftedOn()).param("expected", d.expectedAnswerOn()).param("by", by)
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (String subject : d.subjects()) {
            jdbc.sql("insert into cooperation_request_subject (request_id, subject) values (:r, :s)")
                    .param("r", id).param("s", subject).update();
        }
        for (RequestPerson p : persons) {
            jdbc.sql("insert into cooperation_request_person (request_id, person_id, pseudonym) values (:r, :p, :ps)")
                    .param("r", id).param("p", p.personId()).param("ps", p.pseudonym()).update();
        }
        return id;
    }

    /** Sets one lifecycle date column (named by the caller from a fixed set). */
    void setDate(long id, String column, LocalDate on, String refusalReason, String by, Instant now) {
        jdbc.sql("update cooperation_request set " + column + " = :on, refusal_reason = coalesce(:reason, refusal_reason),"
                        + " updated_at = :now, updated_by = :by where id = :id")
                .param("on", on).param("reason", refusalReason).param("by", by)
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).param("id", id).update();
    }

    void setTranslation(long id, Translation translation, String by, Instant now) {
        jdbc.sql("update cooperation_request set translation = :t, updated_at = :now, updated_by = :by where id = :id")
                .param("t", translation.name()).param("by", by).param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("id", id).update();
    }

    long insertFollowUp(long requestId, LocalDate on, String note, String by, Instant now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into cooperation_follow_up (request_id, on_date, note, recorded_by, recorded_at)"
                        + " values (:r, :on, :note, :by, :now)")
                .param("r", requestId).param("on", on).param("note", note).param("by", by)
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<CooperationRequest> get(long id, LocalDate today) {
        return jdbc.sql("select " + COLUMNS + " from cooperation_request where id = :id").param("id", id)
                .query((rs, n) -> map(rs, today)).optional();
    }

    /** Every request (optionally only the open ones past their expected answer), newest first. */
    List<CooperationRequest> all(boolean overdueOnly, LocalDate today) {
        String where = overdueOnly ? " where expected_answer_on < :today and executed_on is null and refused_on is null" : "";
        var sql = jdbc.sql("select " + COLUMNS + " from cooperation_request" + where + " order by drafted_on desc, id desc");
        if (overdueOnly) {
            sql = sql.param("today", today);
        }
        return sql.query((rs, n) -> map(rs, today)).list();
    }

    List<CooperationRequest> ofProceeding(long proceedingId, LocalDate today) {
        return jdbc.sql("select " + COLUMNS + " from cooperation_request where proceeding_id = :p order by drafted_on desc, id desc")
                .param("p", proceedingId).query((rs, n) -> map(rs, today)).list();
    }

    private CooperationRequest map(ResultSet rs, LocalDate today) throws SQLException {
        long id = rs.getLong("id");
        var direction = Direction.valueOf(rs.getString("direction"));
        LocalDate approved = rs.getObject("approved_on", LocalDate.class);
        LocalDate sent = rs.getObject("sent_on", LocalDate.class);
        LocalDate received = rs.getObject("received_on", LocalDate.class);
        LocalDate executed = rs.getObject("executed_on", LocalDate.class);
        LocalDate refused = rs.getObject("refused_on", LocalDate.class);
        LocalDate expected = rs.getObject("expected_answer_on", LocalDate.class);
        RequestStatus status = refused != null ? RequestStatus.REFUSED : executed != null ? RequestStatus.EXECUTED
                : received != null ? RequestStatus.RECEIVED : sent != null ? RequestStatus.SENT
                : approved != null ? RequestStatus.APPROVED : RequestStatus.DRAFTED;
        boolean overdue = expected != null && !status.finished() && today.isAfter(expected);
        return new CooperationRequest(id, rs.getString("reference"), direction, RequestKind.valueOf(rs.getString("kind")),
                rs.getString("country_code"), rs.getString("authority"), rs.getString("legal_basis"), subjects(id),
                rs.getLong("proceeding_id"), persons(id), rs.getString("summary"), rs.getString("language"),
                Translation.valueOf(rs.getString("translation")), rs.getObject("drafted_on", LocalDate.class), approved,
                sent, received, executed, refused, rs.getString("refusal_reason"), expected, status, overdue, followUps(id));
    }

    private java.util.Set<String> subjects(long id) {
        return new TreeSet<>(jdbc.sql("select subject from cooperation_request_subject where request_id = :r")
                .param("r", id).query(String.class).list());
    }

    private List<RequestPerson> persons(long id) {
        return jdbc.sql("select person_id, pseudonym from cooperation_request_person where request_id = :r order by pseudonym")
                .param("r", id).query((rs, n) -> new RequestPerson(rs.getLong(1), rs.getString(2))).list();
    }

    private List<FollowUp> followUps(long id) {
        return jdbc.sql("select id, on_date, note, recorded_by from cooperation_follow_up where request_id = :r"
                        + " order by on_date, id")
                .param("r", id).query((rs, n) -> new FollowUp(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getString(4))).list();
    }
}
