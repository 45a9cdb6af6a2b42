package org.nadiya.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.nadiya.cases.ExploitationForm;
import org.nadiya.cases.InvestigativeBody;
import org.nadiya.cases.LegalQualification;
import org.nadiya.cases.ProceedingDraft;
import org.nadiya.cases.ProceedingFilter;
import org.nadiya.cases.ProceedingRow;
import org.nadiya.cases.Seriousness;
import org.nadiya.cases.Stage;
import org.nadiya.cases.TeamMember;
import org.nadiya.cases.TeamRole;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for proceedings, their qualifications, countries, forms and team, and the list search. */
@Repository
class ProceedingStore {

    private final JdbcClient jdbc;

    ProceedingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored columns of a proceeding, before its lists are attached. */
    record Core(long id, String erdrNumber, LocalDate registeredOn, String regionCode, String summary, boolean crsv,
                boolean transnational, InvestigativeBody body, String bodyReason, Stage stage, String closureGround,
                LocalDate suspicionOn, Seriousness seriousness, int version) {
    }

    Optional<Core> core(long id) {
        return jdbc.sql("select * from proceeding where id = :id").param("id", id).query(ProceedingStore::core).optional();
    }

    /** Locks the proceeding's row until the end of the transaction. */
    void lock(long id) {
        jdbc.sql("select id from proceeding where id = :id for update").param("id", id).query(Long.class).single();
    }

    boolean erdrTaken(String erdr, long exceptId) {
        return jdbc.sql("select count(*) from proceeding where erdr_number = :e and id <> :id")
                .param("e", erdr).param("id", exceptId).query(Long.class).single() > 0;
    }

    long insert(ProceedingDraft d, Seriousness seriousness, Instant now) {
        jdbc.sql("""
                insert into proceeding (erdr_number, registered_on, region_code, summary, crsv, transnational,
                    investigative_body, body_reason, stage, seriousness, created_at, updated_at, version)
                values (:erdr, :on, :region, :summary, :crsv, :trans, :body, :reason, 'REGISTERED', :ser, :now, :now, 0)
                """)
                .param("erdr", d.erdrNumber()).param("on", d.registeredOn()).param("region", d.regionCode())
                .param("summary", d.summary()).param("crsv", d.crsv()).param("trans", d.transnational())
                .param("body", d.investigativeBody().name()).param("reason", d.bodyReason())
                .param("ser", seriousness.name()).param("now", Sql.ts(now)).update();
        long id = jdbc.sql("select id from proceeding where erdr_number = :e").param("e", d.erdrNumber())
                .query(Long.class).single();
        replaceLists(id, d);
        return id;
    }

    /** Updates the register data if nobody changed it since {@code version}; false otherwise. */
    boolean update(long id, ProceedingDraft d, Seriousness seriousness, int version, Instant now) {
        int n = jdbc.sql("""
                update proceeding set erdr_number = :erdr, registered_on = :on, region_code = :region,
                    summary = :summary, crsv = :crsv, transnational = :trans, investigative_body = :body,
                    body_reason = :reason, seriousness = :ser, updated_at = :now, version = version + 1
                where id = :id and version = :version
                """)
                .param("erdr", d.erdrNumber()).param("on", d.registeredOn()).param("region", d.regionCode())
                .param("summary", d.summary()).param("crsv", d.crsv()).param("trans", d.transnational())
                .param("body", d.investigativeBody().name()).param("reason", d.bodyReason())
                .param("ser", seriousness.name()).param("now", Sql.ts(now)).param("id", id)
                .param("version", version).update();
        if (n == 1) {
            replaceLists(id, d);
        }
        return n == 1;
    }

    private void replaceLists(long id, ProceedingDraft d) {
        for (String table : new String[] {"proceeding_qualification", "proceeding_country", "proceeding_exploitation"}) {
            jdbc.sql("delete from " + table + " where proceeding_id = :id").param("id", id).update();
        }
        int position = 0;
        for (LegalQualification q : d.qualifications()) {
            jdbc.sql("insert into proceeding_qualification (proceeding_id, position, article, part) values (:id, :p, :a, :n)")
                    .param("id", id).param("p", position++).param("a", q.article()).param("n", q.part()).update();
        }
        for (String country : new TreeSet<>(d.countries())) {
            jdbc.sql("insert into proceeding_country (proceeding_id, country) values (:id, :c)")
                    .param("id", id).param("c", country).update();
        }
        for (ExploitationForm form : d.exploitationForms()) {
            jdbc.sql("insert into proceeding_exploitation (proceeding_id, form) values (:id, :f)")
                    .param("id", id).param("f", form.name()).update();
        }
    }

    void setStage(long id, Stage stage, String closureGround, LocalDate suspicionOn, Instant now) {
        jdbc.sql("""
                update proceeding set stage = :stage, closure_ground = coalesce(:ground, closure_ground),
                    suspicion_on = coalesce(:suspicion, suspicion_on), updated_at = :now, version = version + 1
                where id = :id
                """)
                .param("stage", stage.name()).param("ground", closureGround).param("suspicion", suspicionOn)
                .param("now", Sql.ts(now)).param("id", id).update();
    }

    void setDeadline(long id, LocalDate deadlineOn) {
        jdbc.sql("update proceeding set deadline_on = :d where id = :id").param("d", deadlineOn).param("id", id).update();
    }

    List<LegalQualification> qualifications(long id) {
        return jdbc.sql("select article, part from proceeding_qualification where proceeding_id = :id order by position")
                .param("id", id).query((rs, n) -> new LegalQualification(rs.getString(1), rs.getInt(2))).list();
    }

    Set<String> countries(long id) {
        return new LinkedHashSet<>(jdbc.sql("select country from proceeding_country where proceeding_id = :id order by country")
                .param("id", id).query(String.class).list());
    }

    Set<ExploitationForm> forms(long id) {
        Set<ExploitationForm> forms = EnumSet.noneOf(ExploitationForm.class);
        jdbc.sql("select form from proceeding_exploitation where proceeding_id = :id").param("id", id)
                .query(String.class).list().forEach(f -> forms.add(ExploitationForm.valueOf(f)));
        return forms;
    }

    List<TeamMember> team(long id) {
        return jdbc.sql("""
                select t.user_id, u.username, u.display_name, t.team_role, u.agency_code, u.region_code, t.added_on
                from team_member t join app_user u on u.id = t.user_id
                where t.proceeding_id = :id order by t.team_role desc, u.username
                """)
                .param("id", id)
                .query((rs, n) -> new TeamMember(rs.getLong(1), rs.getString(2), rs.getString(3),
                        TeamRole.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), Sql.date(rs, "added_on")))
                .list();
    }

    boolean addMember(long id, long userId, TeamRole role, LocalDate on) {
        boolean present = jdbc.sql("select count(*) from team_member where proceeding_id = :id and user_id = :u and team_role = :r")
                .param("id", id).param("u", userId).param("r", role.name()).query(Long.class).single() > 0;
        if (present) {
            return false;
        }
        jdbc.sql("insert into team_member (proceeding_id, user_id, team_role, added_on) values (:id, :u, :r, :on)")
                .param("id", id).param("u", userId).param("r", role.name()).param("on", on).update();
        return true;
    }

    boolean removeMember(long id, long userId, TeamRole role) {
        return jdbc.sql("delete from team_member where proceeding_id = :id and user_id = :u and team_role = :r")
                .param("id", id).param("u", userId).param("r", role.name()).update() == 1;
    }

    /** One page of the proceedings the user may see, newest registration first. */
    List<ProceedingRow> search(CurrentUser user, ProceedingFilter f, LocalDate today) {
        var where = new ArrayList<String>();
        Map<String, Object> params = new HashMap<>();
        String from = visibleSource(user, params);
        if (f.regionCode() != null) {
            where.add("p.region_code = :region");
            params.put("region", f.regionCode());
        }
        if (f.article() != null) {
            where.add("exists (select 1 from proceeding_qualification q where q.proceeding_id = p.id and q.article = :article"
                    + (f.part() != null ? " and q.part = :part)" : ")"));
            params.put("article", f.article());
            if (f.part() != null) {
                params.put("part", f.part());
            }
        }
        if (f.stage() != null) {
            where.add("p.stage = :stage");
            params.put("stage", f.stage().name());
        }
        if (f.investigativeBody() != null) {
            where.add("p.investigative_body = :body");
            params.put("body", f.investigativeBody().name());
        }
        if (f.deadlineWithinDays() != null) {
            where.add("p.stage = 'SUSPICION_NOTIFIED' and p.deadline_on <= :limit");
            params.put("limit", today.plusDays(f.deadlineWithinDays()));
        }
        if (f.crsv() != null) {
            where.add("p.crsv = :crsv");
            params.put("crsv", f.crsv());
        }
        if (f.transnational() != null) {
            where.add("p.transnational = :trans");
            params.put("trans", f.transnational());
        }
        if (f.erdrNumber() != null) {
            where.add("p.erdr_number = :erdr");
            params.put("erdr", f.erdrNumber());
        }
        String order = f.deadlineWithinDays() != null ? " order by p.deadline_on, p.id" : " order by p.registered_on desc, p.id desc";
        String sql = "select p.id, p.erdr_number, p.registered_on, p.region_code, p.stage, p.investigative_body, p.crsv,"
                + " p.transnational, p.deadline_on, p.summary from " + from
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + order
                + " offset " + ((long) f.page() * f.pageSize()) + " rows fetch next " + (f.pageSize() + 1) + " rows only";
        List<ProceedingRow> rows = jdbc.sql(sql).params(params).query(this::row).list();
        return withQualifications(rows);
    }

    /**
     * The proceedings a user may see, as the FROM clause. A team member's few thousand proceedings, or a regional
     * supervisor's region, drive the query through a join, so that filters and sorting work on that set rather
     * than on the whole register (see docs/benchmarks.md: the EXISTS form was 8x slower at p99).
     */
    /**
     * Of the given proceedings, those the user sees: the search's visibility join (the same rule as
     * {@code NeedToKnow.canSee}) in one query per thousand ids, instead of one look-up per proceeding.
     */
    java.util.Set<Long> visibleAmong(CurrentUser user, java.util.Collection<Long> ids) {
        var visible = new java.util.HashSet<Long>();
        var all = List.copyOf(new java.util.LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += 1000) {
            Map<String, Object> params = new HashMap<>();
            String source = visibleSource(user, params);
            params.put("ids", all.subList(from, Math.min(all.size(), from + 1000)));
            var statement = jdbc.sql("select p.id from " + source + " where p.id in (:ids)");
            for (var e : params.entrySet()) {
                statement = statement.param(e.getKey(), e.getValue());
            }
            visible.addAll(statement.query(Long.class).list());
        }
        return visible;
    }

    private static String visibleSource(CurrentUser user, Map<String, Object> params) {
        if (user.has(Role.ADMIN) || user.supervisor() && user.isCentral()) {
            return "proceeding p";
        }
        params.put("me", user.id());
        if (user.supervisor()) {
            params.put("myRegion", user.regionCode());
            return "proceeding p join (select id as visible_id from proceeding where region_code = :myRegion"
                    + " union select proceeding_id from team_member where user_id = :me) v on v.visible_id = p.id";
        }
        return "proceeding p join (select distinct proceeding_id as visible_id from team_member where user_id = :me) v"
                + " on v.visible_id = p.id";
    }

    java.util.Map<Long, String> teamProceedings(long userId) {
        var byId = new java.util.LinkedHashMap<Long, String>();
        jdbc.sql("""
                select distinct p.id, p.erdr_number from proceeding p join team_member t on t.proceeding_id = p.id
                where t.user_id = :u order by p.id""").param("u", userId)
                .query(rs -> {
                    byId.put(rs.getLong("id"), rs.getString("erdr_number"));
                });
        return byId;
    }

    private ProceedingRow row(ResultSet rs, int n) throws SQLException {
        String summary = rs.getString("summary");
        return new ProceedingRow(rs.getLong("id"), rs.getString("erdr_number"), Sql.date(rs, "registered_on"),
                rs.getString("region_code"), Stage.valueOf(rs.getString("stage")),
                InvestigativeBody.valueOf(rs.getString("investigative_body")), rs.getBoolean("crsv"),
                rs.getBoolean("transnational"), "", Sql.date(rs, "deadline_on"),
                summary.length() > 140 ? summary.substring(0, 139) + "…" : summary);
    }

    private List<ProceedingRow> withQualifications(List<ProceedingRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<String>> byId = new HashMap<>();
        jdbc.sql("select proceeding_id, article, part from proceeding_qualification where proceeding_id in (:ids)"
                        + " order by proceeding_id, position")
                .param("ids", rows.stream().map(ProceedingRow::id).toList())
                .query((rs, n) -> byId.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getString(2) + "." + rs.getInt(3)))
                .list();
        return rows.stream().map(r -> new ProceedingRow(r.id(), r.erdrNumber(), r.registeredOn(), r.regionCode(),
                r.stage(), r.investigativeBody(), r.crsv(), r.transnational(),
                String.join(", ", byId.getOrDefault(r.id(), List.of())), r.deadlineOn(), r.summary())).toList();
    }

    private static Core core(ResultSet rs, int n) throws SQLException {
        return new Core(rs.getLong("id"), rs.getString("erdr_number"), Sql.date(rs, "registered_on"),
                rs.getString("region_code"), rs.getString("summary"), rs.getBoolean("crsv"), rs.getBoolean("transnational"),
                InvestigativeBody.valueOf(rs.getString("investigative_body")), rs.getString("body_reason"),
                Stage.valueOf(rs.getString("stage")), rs.getString("closure_ground"), Sql.date(rs, "suspicion_on"),
                Seriousness.valueOf(rs.getString("seriousness")), rs.getInt("version"));
    }
}
