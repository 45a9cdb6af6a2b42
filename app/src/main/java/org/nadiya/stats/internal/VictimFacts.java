package org.nadiya.stats.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.nadiya.disclosure.Generalisation;
import org.nadiya.disclosure.RecordKeys;
import org.nadiya.disclosure.Unit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The only place the statistics read the victims module's tables (read-only, never an identity column; see
 * decision 0018): persons, victim-status applications and interviews. Country of exploitation comes from the
 * proceedings the person takes part in, through {@link ProceedingFacts}.
 */
@Component
class VictimFacts {

    private final JdbcClient jdbc;
    private final ProceedingFacts proceedings;
    private final RecordKeys keys;

    VictimFacts(JdbcClient jdbc, ProceedingFacts proceedings, RecordKeys keys) {
        this.jdbc = jdbc;
        this.proceedings = proceedings;
        this.keys = keys;
    }

    /** One fact per person registered in the period; the record-level export reads the same facts. */
    List<PersonFact> persons(LocalDate from, LocalDate to) {
        var period = new Period(from, to);
        Map<Long, List<String>> forms = multi("select person_id, form from person_exploitation");
        Map<Long, List<String>> linked = multi("select person_id, proceeding_id from participation");
        Map<Long, List<String>> countriesOfProceeding = proceedings.countries();
        return jdbc.sql("select id, kind, sex, age_band, citizenship, region_code, crsv, registered_on"
                        + " from protected_person where 1 = 1" + period.on("registered_on") + " order by id")
                .params(period.params())
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    var countries = new TreeSet<String>();
                    for (String proceeding : linked.getOrDefault(id, List.of())) {
                        countries.addAll(countriesOfProceeding.getOrDefault(Long.parseLong(proceeding), List.of()));
                    }
                    String citizenship = rs.getString("citizenship");
                    return new PersonFact(id, rs.getString("kind"), rs.getString("sex"), ctdcBand(rs.getString("age_band")),
                            citizenship == null ? Unit.UNKNOWN : citizenship, rs.getString("region_code"),
                            forms.getOrDefault(id, List.of()), List.copyOf(countries), rs.getBoolean("crsv"),
                            rs.getDate("registered_on").toLocalDate());
                }).list();
    }

    List<Unit> personFacts(LocalDate from, LocalDate to) {
        return persons(from, to).stream().map(p -> new Unit(p.id(), keys.of("person", p.id()), p.values())).toList();
    }

    List<Unit> statusApplications(LocalDate from, LocalDate to) {
        var period = new Period(from, to);
        return jdbc.sql("select a.id, a.applied_on, a.body_code, a.decision, a.appeal_on, p.region_code"
                        + " from status_application a join protected_person p on p.id = a.person_id where 1 = 1"
                        + period.on("a.applied_on"))
                .params(period.params())
                .query((rs, n) -> {
                    LocalDate applied = rs.getDate("applied_on").toLocalDate();
                    Map<String, List<String>> v = new HashMap<>(Map.of("decision", List.of(rs.getString("decision")),
                            "body", List.of(rs.getString("body_code")),
                            "appealed", List.of(Bands.yesNo(rs.getDate("appeal_on") != null)),
                            "region", List.of(rs.getString("region_code"))));
                    Calendar.put(v, applied);
                    long id = rs.getLong("id");
                    return new Unit(id, keys.of("status-application", id), v);
                }).list();
    }

    /** One fact per interview planned in the period. */
    List<Unit> interviews(LocalDate from, LocalDate to) {
        var period = new Period(from, to);
        return jdbc.sql("select id, scheduled_on, purpose, status, warnings, override_reason from interview where 1 = 1"
                        + period.on("scheduled_on"))
                .params(period.params())
                .query((rs, n) -> {
                    LocalDate on = rs.getDate("scheduled_on").toLocalDate();
                    boolean warned = rs.getString("warnings") != null;
                    Map<String, List<String>> v = new HashMap<>(Map.of("purpose", List.of(rs.getString("purpose")),
                            "status", List.of(rs.getString("status")),
                            "warning", List.of(!warned ? "NONE" : rs.getString("override_reason") != null
                                    ? "OVERRIDDEN" : "HEEDED")));
                    Calendar.put(v, on);
                    long id = rs.getLong("id");
                    return new Unit(id, keys.of("interview", id), v);
                }).list();
    }

    /** One fact per person interviewed in the period: how many times, and in which region. */
    List<Unit> interviewedPersons(LocalDate from, LocalDate to) {
        var period = new Period(from, to);
        return jdbc.sql("select p.region_code, count(*), p.id from interview i"
                        + " join protected_person p on p.id = i.person_id where i.status <> 'CANCELLED'"
                        + period.on("i.scheduled_on") + " group by p.id, p.region_code")
                .params(period.params())
                .query((rs, n) -> new Unit(rs.getLong(3), keys.of("person", rs.getLong(3)), Map.of(
                        "interviews", List.of(Bands.perPerson(rs.getInt(2))),
                        "region", List.of(rs.getString(1))))).list();
    }

    private Map<Long, List<String>> multi(String sql) {
        Map<Long, List<String>> values = new HashMap<>();
        jdbc.sql(sql).query((rs, n) -> values.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                .add(rs.getString(2))).list();
        return values;
    }

    /**
     * The CTDC label of a stored band ("AGE_9_17" is "9--17"); "Unknown" without a date of birth, and for a row the
     * start-up backfill has not reached yet (null).
     */
    static String ctdcBand(String stored) {
        try {
            return stored == null ? Generalisation.UNKNOWN : org.nadiya.victims.AgeBand.valueOf(stored).ctdcLabel();
        } catch (IllegalArgumentException e) {
            return Generalisation.UNKNOWN;
        }
    }

    /**
     * What statistics know of a person: nothing identifying, no pseudonym. {@code ageBand} is the CTDC band on the
     * day of registration (the victims module computes it from the encrypted date of birth, decision 0031).
     */
    record PersonFact(long id, String kind, String sex, String ageBand, String citizenship, String regionCode,
                      List<String> exploitationForms, List<String> exploitationCountries, boolean crsv,
                      LocalDate registeredOn) {

        Map<String, List<String>> values() {
            Map<String, List<String>> v = new HashMap<>();
            v.put("kind", List.of(kind));
            v.put("sex", List.of(sex));
            v.put("majority", List.of(Generalisation.majorityStatus(ageBand)));
            v.put("ctdc_age", List.of(ageBand));
            v.put("citizenship", List.of(citizenship));
            v.put("region", List.of(regionCode));
            v.put("exploitation_form", exploitationForms.isEmpty() ? List.of(Unit.UNKNOWN) : exploitationForms);
            v.put("country_of_exploitation", exploitationCountries.isEmpty() ? List.of(Unit.UNKNOWN)
                    : exploitationCountries);
            v.put("crsv", List.of(Bands.yesNo(crsv)));
            Calendar.put(v, registeredOn);
            return v;
        }
    }
}
