package org.nadiya.identification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nadiya.identification.Setting;
import org.nadiya.identification.indicators.AgeBand;
import org.nadiya.identification.indicators.Signal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for screenings; parameters always bound. The anonymous record and the consented handover are apart. */
@Repository
class ScreeningStore {

    /**
     * The anonymous record. {@code ref} is the unguessable reference made by the server; {@code ownerKey} the keyed
     * hash of the officer's user id (null for screenings stored before V32).
     */
    record Row(long id, String ref, String clientRef, String ownerKey, String catalogueVersion, String regionCode,
               String agencyCode, Setting setting, AgeBand age, Signal signal, int score, int unknowns, boolean consent,
               LocalDate recordedOn) {
    }

    /** The link of a consented screening to the person, the handover and the officer. */
    record HandoverLink(long personId, long handoverId, Long proceedingId, long officerId) {
    }

    private final JdbcClient jdbc;

    ScreeningStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Row r, List<String> yes) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into screening (ref, client_ref, owner_key, catalogue_version, region_code, agency_code, setting,
                                       age_band, signal, score, unknowns, consent, recorded_on)
                values (:ref, :clientRef, :owner, :version, :region, :agency, :setting, :age, :signal, :score, :unknowns,
                        :consent, :on)""")
                .param("ref", r.ref()).param("clientRef", r.clientRef()).param("owner", r.ownerKey()).param("version", r.catalogueVersion()).param("region", r.regionCode())
                .param("agency", r.agencyCode()).param("setting", r.setting().name()).param("age", r.age().name())
                .param("signal", r.signal().name()).param("score", r.score()).param("unknowns", r.unknowns())
                .param("consent", r.consent()).param("on", r.recordedOn()).update(keys, "id");
        long id = keys.getKey().longValue();
        for (String indicator : yes) {
            jdbc.sql("insert into screening_indicator (screening_id, indicator_id) values (:s, :i)")
                    .param("s", id).param("i", indicator).update();
        }
        return id;
    }

    void link(long screeningId, HandoverLink link, Instant at) {
        jdbc.sql("""
                insert into screening_handover (screening_id, person_id, handover_id, proceeding_id, officer_id, created_at)
                values (:s, :person, :handover, :proceeding, :officer, :at)""")
                .param("s", screeningId).param("person", link.personId()).param("handover", link.handoverId())
                .param("proceeding", link.proceedingId()).param("officer", link.officerId())
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
    }

    Optional<Row> byClientRef(String clientRef) {
        return jdbc.sql("select * from screening where client_ref = :ref").param("ref", clientRef)
                .query(ScreeningStore::row).optional();
    }

    Optional<Row> byRef(String ref) {
        return jdbc.sql("select * from screening where ref = :ref").param("ref", ref)
                .query(ScreeningStore::row).optional();
    }

    List<String> indicators(long screeningId) {
        return jdbc.sql("select indicator_id from screening_indicator where screening_id = :s order by indicator_id")
                .param("s", screeningId).query(String.class).list();
    }

    Optional<HandoverLink> handover(long screeningId) {
        return jdbc.sql("select * from screening_handover where screening_id = :s").param("s", screeningId)
                .query((rs, n) -> new HandoverLink(rs.getLong("person_id"), rs.getLong("handover_id"),
                        rs.getObject("proceeding_id", Long.class), rs.getLong("officer_id"))).optional();
    }

    /** Counts per value of one column of {@code screening} (a fixed column name, never input). */
    /**
     * Every screening as a statistical unit: region, agency, signal and the indicators answered YES (several), with
     * the record key of the cell-key method (decision 0036).
     */
    List<org.nadiya.disclosure.Unit> units(org.nadiya.disclosure.RecordKeys keys) {
        Map<Long, List<String>> indicators = new java.util.HashMap<>();
        jdbc.sql("select screening_id, indicator_id from screening_indicator")
                .query((rs, n) -> indicators.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                        .add(rs.getString(2))).list();
        return jdbc.sql("select id, region_code, agency_code, signal from screening order by id")
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    return new org.nadiya.disclosure.Unit(id, keys.of("screening", id), Map.of(
                            "region_code", List.of(rs.getString("region_code")),
                            "agency_code", List.of(rs.getString("agency_code")),
                            "signal", List.of(rs.getString("signal")),
                            "indicator", indicators.getOrDefault(id, List.of())));
                }).list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("ref"), rs.getString("client_ref"), rs.getString("owner_key"),
                rs.getString("catalogue_version"),
                rs.getString("region_code"), rs.getString("agency_code"), Setting.valueOf(rs.getString("setting")),
                AgeBand.valueOf(rs.getString("age_band")), Signal.valueOf(rs.getString("signal")), rs.getInt("score"),
                rs.getInt("unknowns"), rs.getBoolean("consent"), rs.getObject("recorded_on", LocalDate.class));
    }
}
