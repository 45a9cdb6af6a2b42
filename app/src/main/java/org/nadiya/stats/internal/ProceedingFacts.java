package org.nadiya.stats.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nadiya.cases.Stage;
import org.nadiya.disclosure.RecordKeys;
import org.nadiya.disclosure.Unit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The only place the statistics read the cases module's tables (read-only, see decision 0018): one fact per
 * proceeding registered in the period, with its main qualification, exploitation forms, countries and the dates
 * of suspicion and indictment.
 */
@Component
class ProceedingFacts implements FactSource {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final RecordKeys keys;

    ProceedingFacts(JdbcClient jdbc, Clock clock, RecordKeys keys) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.keys = keys;
    }

    @Override
    public List<Unit> facts(LocalDate from, LocalDate to) {
        var period = new Period(from, to);
        String inPeriod = "select id from proceeding where 1 = 1" + period.on("registered_on");
        Map<Long, List<String>> forms = multi("select proceeding_id, form from proceeding_exploitation"
                + " where proceeding_id in (" + inPeriod + ")", period);
        Map<Long, List<String>> countries = multi("select proceeding_id, country from proceeding_country"
                + " where proceeding_id in (" + inPeriod + ")", period);
        Map<Long, List<String>> main = multi("select proceeding_id, article || '.' || part from proceeding_qualification"
                + " where position = 0 and proceeding_id in (" + inPeriod + ")", period);
        Map<Long, LocalDate> indicted = new HashMap<>();
        jdbc.sql("select proceeding_id, min(occurred_on) from stage_transition where to_stage = 'INDICTMENT_SENT'"
                        + " and proceeding_id in (" + inPeriod + ") group by proceeding_id")
                .params(period.params())
                .query((rs, n) -> indicted.put(rs.getLong(1), rs.getDate(2).toLocalDate())).list();
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("select id, registered_on, region_code, crsv, transnational, investigative_body, stage,"
                        + " suspicion_on, deadline_on from proceeding where 1 = 1" + period.on("registered_on"))
                .params(period.params())
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    LocalDate registered = rs.getDate("registered_on").toLocalDate();
                    LocalDate suspicion = date(rs.getDate("suspicion_on"));
                    LocalDate deadline = date(rs.getDate("deadline_on"));
                    Stage stage = Stage.valueOf(rs.getString("stage"));
                    String articlePart = main.getOrDefault(id, List.of(StatsTable.UNKNOWN)).get(0);
                    Map<String, List<String>> v = new HashMap<>();
                    v.put("article", List.of(articlePart.contains(".") ? articlePart.substring(0, articlePart.indexOf('.'))
                            : articlePart));
                    v.put("article_part", List.of(articlePart));
                    v.put("stage", List.of(stage.name()));
                    v.put("region", List.of(rs.getString("region_code")));
                    Calendar.put(v, registered);
                    v.put("body", List.of(rs.getString("investigative_body")));
                    v.put("crsv", List.of(Bands.yesNo(rs.getBoolean("crsv"))));
                    v.put("transnational", List.of(Bands.yesNo(rs.getBoolean("transnational"))));
                    v.put("exploitation_form", forms.getOrDefault(id, List.of(StatsTable.UNKNOWN)));
                    v.put("country", countries.getOrDefault(id, List.of(Bands.NONE)));
                    v.put("time_to_suspicion", List.of(Bands.months(registered, suspicion)));
                    v.put("time_to_indictment", List.of(Bands.months(registered, indicted.get(id))));
                    v.put("deadline_breach", List.of(Bands.yesNo(stage.pretrial() && deadline != null
                            && deadline.isBefore(today))));
                    return new Unit(id, keys.of("proceeding", id), v);
                }).list();
    }

    /** Countries named in each proceeding (where the exploitation took place or the route ran). */
    Map<Long, List<String>> countries() {
        return multi("select proceeding_id, country from proceeding_country", new Period(null, null));
    }

    private Map<Long, List<String>> multi(String sql, Period period) {
        Map<Long, List<String>> values = new HashMap<>();
        jdbc.sql(sql).params(period.params())
                .query((rs, n) -> values.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        return values;
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
