package org.nadiya.victims.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.nadiya.cases.ExploitationForm;
import org.nadiya.victims.AgeGroup;
import org.nadiya.victims.CaseStatus;
import org.nadiya.victims.PersonFilter;
import org.nadiya.victims.Participation;
import org.nadiya.victims.PersonKind;
import org.nadiya.victims.PersonRow;
import org.nadiya.victims.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for persons, their forms of exploitation, participations and encrypted identity columns. */
@Repository
class PersonStore {

    private final JdbcClient jdbc;

    PersonStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored non-identifying columns of a person. */
    record Core(long id, String pseudonym, PersonKind kind, Sex sex, AgeGroup ageGroup, String citizenship,
                String regionCode, boolean crsv, LocalDate registeredOn, long registeredBy, String registeredByUsername,
                boolean hasRepresentative, Long coordinatorId, String coordinator, CaseStatus caseStatus) {

        PersonRow row() {
            return new PersonRow(id, pseudonym, kind, sex, ageGroup, citizenship, regionCode, crsv, registeredOn,
                    coordinator, caseStatus);
        }
    }

    private static final String CORE = """
            select p.id, p.pseudonym, p.kind, p.sex, p.age_group, p.citizenship, p.region_code, p.crsv, p.registered_on,
                   p.registered_by, u.username registered_by_username, p.coordinator_id, c.username coordinator,
                   p.case_status,
                   case when p.representative_name_enc is null and r.child_id is null then false else true end
                       has_representative
            from protected_person p join app_user u on u.id = p.registered_by
                left join app_user c on c.id = p.coordinator_id
                left join person_representative r on r.child_id = p.id
            """;

    Optional<Core> core(long id) {
        return jdbc.sql(CORE + " where p.id = :id").param("id", id).query(PersonStore::core).optional();
    }

    /** Issues the next pseudonym sequence number of the year; the head row lock serialises concurrent issues. */
    int nextSequence(int year) {
        jdbc.sql("select id from person_register_head where id = 1 for update").query(Integer.class).single();
        Integer max = jdbc.sql("select max(reg_seq) from protected_person where reg_year = :y").param("y", year)
                .query(Integer.class).optional().orElse(null);
        return max == null ? 1 : max + 1;
    }

    long insert(String pseudonym, int year, int seq, PersonKind kind, Sex sex, AgeGroup ageGroup, String citizenship,
                String region, boolean crsv, LocalDate registeredOn, long registeredBy, Long coordinatorId, Instant now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into protected_person (pseudonym, reg_year, reg_seq, kind, sex, age_group, citizenship, region_code,
                    crsv, registered_on, registered_by, coordinator_id, created_at)
                values (:pseudonym, :year, :seq, :kind, :sex, :age, :citizenship, :region, :crsv, :on, :by, :coordinator, :at)
                """).param("pseudonym", pseudonym).param("year", year).param("seq", seq).param("kind", kind.name())
                .param("sex", sex.name()).param("age", ageGroup.name()).param("citizenship", citizenship)
                .param("region", region).param("crsv", crsv).param("on", registeredOn).param("by", registeredBy)
                .param("coordinator", coordinatorId)
                .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void setForms(long id, Set<ExploitationForm> forms) {
        jdbc.sql("delete from person_exploitation where person_id = :id").param("id", id).update();
        for (ExploitationForm f : forms) {
            jdbc.sql("insert into person_exploitation (person_id, form) values (:id, :f)").param("id", id)
                    .param("f", f.name()).update();
        }
    }

    Set<ExploitationForm> forms(long id) {
        var forms = EnumSet.noneOf(ExploitationForm.class);
        jdbc.sql("select form from person_exploitation where person_id = :id").param("id", id).query(String.class).list()
                .forEach(f -> forms.add(ExploitationForm.valueOf(f)));
        return forms;
    }

    /** Writes the identity columns, already encrypted (null clears a field). */
    void writeIdentity(long id, Map<String, String> sealedByColumn) {
        var sql = new StringBuilder("update protected_person set ");
        var params = new LinkedHashMap<String, Object>();
        int i = 0;
        for (var e : sealedByColumn.entrySet()) {
            sql.append(i == 0 ? "" : ", ").append(e.getKey()).append(" = :v").append(i);
            params.put("v" + i, e.getValue());
            i++;
        }
        params.put("id", id);
        var statement = jdbc.sql(sql.append(" where id = :id").toString());
        for (var p : params.entrySet()) {
            statement = statement.param(p.getKey(), p.getValue());
        }
        statement.update();
    }

    /** The identity columns as stored (ciphertexts), by column name. */
    Map<String, String> readIdentity(long id, Collection<String> columns) {
        return jdbc.sql("select " + String.join(", ", columns) + " from protected_person where id = :id")
                .param("id", id).query(rs -> {
                    var values = new LinkedHashMap<String, String>();
                    if (rs.next()) {
                        for (String c : columns) {
                            values.put(c, rs.getString(c));
                        }
                    }
                    return values;
                });
    }

    /** Whether the name's parts were split from one line without certainty of the order (decision 0043). */
    boolean namePartsUnchecked(long id) {
        return Boolean.TRUE.equals(jdbc.sql("select name_parts_unchecked from protected_person where id = :id")
                .param("id", id).query(Boolean.class).optional().orElse(false));
    }

    /** Locks the person's row until the transaction ends, so that concurrent changes apply one after the other. */
    void lock(long id) {
        jdbc.sql("select id from protected_person where id = :id for update").param("id", id).query(Long.class).optional();
    }

    void updateCore(long id, PersonKind kind, Sex sex, String citizenship, String region, boolean crsv) {
        jdbc.sql("update protected_person set kind = :k, sex = :s, citizenship = :c, region_code = :r, crsv = :crsv"
                        + " where id = :id").param("k", kind.name()).param("s", sex.name()).param("c", citizenship)
                .param("r", region).param("crsv", crsv).param("id", id).update();
    }

    void confirmNameParts(long id) {
        jdbc.sql("update protected_person set name_parts_unchecked = false where id = :id and name_parts_unchecked")
                .param("id", id).update();
    }

    boolean removeParticipation(long id, long proceedingId) {
        return jdbc.sql("delete from participation where person_id = :id and proceeding_id = :p").param("id", id)
                .param("p", proceedingId).update() == 1;
    }

    void setAgeGroup(long id, AgeGroup group) {
        jdbc.sql("update protected_person set age_group = :g where id = :id").param("g", group.name()).param("id", id)
                .update();
    }

    /** The CTDC broad age band, kept in clear for statistics (decision 0031). */
    void setAgeBand(long id, org.nadiya.victims.AgeBand band) {
        jdbc.sql("update protected_person set age_band = :b where id = :id").param("b", band.name()).param("id", id)
                .update();
    }

    java.util.Map<Long, List<Long>> proceedingsOf(java.util.Collection<Long> personIds) {
        var result = new java.util.HashMap<Long, List<Long>>();
        if (personIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select person_id, proceeding_id from participation where person_id in (:ids) order by person_id, proceeding_id")
                .param("ids", List.copyOf(personIds))
                .query((rs, n) -> result.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getLong(2)))
                .list();
        return result;
    }

    List<Participation> participations(long id) {
        return jdbc.sql("select * from participation where person_id = :id order by added_on, proceeding_id")
                .param("id", id).query((rs, n) -> new Participation(rs.getLong("proceeding_id"),
                        PersonKind.valueOf(rs.getString("role")), rs.getObject("added_on", LocalDate.class),
                        rs.getString("added_by"))).list();
    }

    List<Long> proceedingIds(long id) {
        return jdbc.sql("select proceeding_id from participation where person_id = :id").param("id", id)
                .query(Long.class).list();
    }

    boolean addParticipation(long id, long proceedingId, PersonKind role, LocalDate on, String by) {
        boolean known = jdbc.sql("select count(*) from participation where person_id = :id and proceeding_id = :p")
                .param("id", id).param("p", proceedingId).query(Long.class).single() > 0;
        if (known) {
            return false;
        }
        jdbc.sql("insert into participation (person_id, proceeding_id, role, added_on, added_by) values (:id, :p, :r, :on, :by)")
                .param("id", id).param("p", proceedingId).param("r", role.name()).param("on", on).param("by", by).update();
        return true;
    }

    List<Long> personsIn(long proceedingId) {
        return jdbc.sql("select person_id from participation where proceeding_id = :p order by person_id")
                .param("p", proceedingId).query(Long.class).list();
    }

    /** Every proceeding some person takes part in (the candidates a case worker's visibility is checked against). */
    List<Long> linkedProceedings() {
        return jdbc.sql("select distinct proceeding_id from participation").query(Long.class).list();
    }

    /** What a user sees of the register: the grants of {@code PersonAccess.canSee}, as SQL conditions on {@code p}. */
    record Grants(boolean all, String coordinatorRegion, boolean coordinatorCentral, Long registeredBy,
                  Collection<Long> proceedingIds) {

        /** The conditions, any of which makes a person visible, with their parameters; none: nothing visible. */
        List<String> conditions(Map<String, Object> params) {
            List<String> any = new ArrayList<>();
            if (all || coordinatorCentral) {
                any.add("1 = 1");
            }
            if (coordinatorRegion != null) {
                any.add("p.region_code = :region");
                params.put("region", coordinatorRegion);
            }
            if (registeredBy != null) {
                any.add("(p.registered_by = :me or p.coordinator_id = :me)");
                params.put("me", registeredBy);
            }
            if (!proceedingIds.isEmpty()) {
                any.add("p.id in (select person_id from participation where proceeding_id in (:proceedings))");
                params.put("proceedings", List.copyOf(proceedingIds));
            }
            return any;
        }
    }

    /**
     * A page of persons matching any of the given grants and all of the filter, newest first; fetches one row more
     * than the page to tell whether a next page exists.
     */
    List<PersonRow> page(Grants grants, PersonFilter filter, LocalDate today, int page, int pageSize) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> any = grants.conditions(params);
        if (any.isEmpty()) {
            return List.of();
        }
        List<String> all = new ArrayList<>();
        all.add("(" + String.join(" or ", any) + ")");
        all.addAll(filtered(filter, today, params));
        var statement = jdbc.sql(CORE + " where " + String.join(" and ", all) + " order by p.id desc limit :n offset :o");
        for (var p : params.entrySet()) {
            statement = statement.param(p.getKey(), p.getValue());
        }
        return statement.param("n", pageSize + 1).param("o", (long) page * pageSize).query(PersonStore::core).list()
                .stream().map(Core::row).toList();
    }

    private static final String LATEST_RISK = "(select ra.%s from risk_assessment ra where ra.person_id = p.id"
            + " order by ra.assessed_on desc, ra.id desc fetch first 1 rows only)";
    private static final String LATEST_FOLLOW_UP = "(select k.follow_up_on from person_contact k where k.person_id = p.id"
            + " order by k.contacted_on desc, k.id desc fetch first 1 rows only)";

    private static List<String> filtered(PersonFilter f, LocalDate today, Map<String, Object> params) {
        List<String> all = new ArrayList<>();
        if (f.status() != null) {
            all.add("p.case_status = :f_status");
            params.put("f_status", f.status().name());
        }
        if (f.regionCode() != null) {
            all.add("p.region_code = :f_region");
            params.put("f_region", f.regionCode());
        }
        if (PersonFilter.NO_COORDINATOR.equals(f.coordinator())) {
            all.add("p.coordinator_id is null");
        } else if (f.coordinator() != null) {
            all.add("c.username = :f_coordinator");
            params.put("f_coordinator", f.coordinator());
        }
        if (f.risk() != null) {
            all.add(LATEST_RISK.formatted("level") + " = :f_risk");
            params.put("f_risk", f.risk().name());
        }
        if (f.overdue()) {
            all.add("(exists (select 1 from support_goal g where g.person_id = p.id and g.status = 'OPEN'"
                    + " and g.target_on < :f_today) or " + LATEST_FOLLOW_UP + " < :f_today or "
                    + LATEST_RISK.formatted("review_on") + " < :f_today)");
            params.put("f_today", today);
        }
        if (f.q() != null) {
            all.add("upper(p.pseudonym) like :f_q");
            params.put("f_q", "%" + f.q().toUpperCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        return all;
    }

    /** Of the given persons, those matching any of the grants: one query per thousand ids. */
    java.util.Set<Long> visibleAmong(Grants grants, Collection<Long> personIds) {
        var visible = new java.util.HashSet<Long>();
        var ids = List.copyOf(new java.util.LinkedHashSet<>(personIds));
        for (int from = 0; from < ids.size(); from += 1000) {
            Map<String, Object> params = new LinkedHashMap<>();
            List<String> any = grants.conditions(params);
            if (any.isEmpty()) {
                return visible;
            }
            var statement = jdbc.sql("select p.id from protected_person p where p.id in (:ids) and ("
                    + String.join(" or ", any) + ")").param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)));
            for (var p : params.entrySet()) {
                statement = statement.param(p.getKey(), p.getValue());
            }
            visible.addAll(statement.query(Long.class).list());
        }
        return visible;
    }

    /** Pseudonyms by id, one query per thousand ids. */
    Map<Long, String> pseudonyms(Collection<Long> personIds) {
        var result = new java.util.HashMap<Long, String>();
        var ids = List.copyOf(personIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            jdbc.sql("select id, pseudonym from protected_person where id in (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .query((rs, n) -> result.put(rs.getLong(1), rs.getString(2))).list();
        }
        return result;
    }

    /** Every proceeding the given persons take part in. */
    List<Long> proceedingsOfPersons(Collection<Long> personIds) {
        return personIds.isEmpty() ? List.of() : jdbc.sql("select distinct proceeding_id from participation"
                + " where person_id in (:ids)").param("ids", List.copyOf(personIds)).query(Long.class).list();
    }

    void setCoordinator(long id, long coordinatorId) {
        jdbc.sql("update protected_person set coordinator_id = :c where id = :id").param("c", coordinatorId)
                .param("id", id).update();
    }

    boolean overridden(long id) {
        return jdbc.sql("select count(*) from disclosure_override where person_id = :id").param("id", id)
                .query(Long.class).single() > 0;
    }

    private static Core core(ResultSet rs, int n) throws SQLException {
        return new Core(rs.getLong("id"), rs.getString("pseudonym"), PersonKind.valueOf(rs.getString("kind")),
                Sex.valueOf(rs.getString("sex")), AgeGroup.valueOf(rs.getString("age_group")),
                rs.getString("citizenship"), rs.getString("region_code"), rs.getBoolean("crsv"),
                rs.getObject("registered_on", LocalDate.class), rs.getLong("registered_by"),
                rs.getString("registered_by_username"), rs.getBoolean("has_representative"),
                rs.getObject("coordinator_id") == null ? null : rs.getLong("coordinator_id"), rs.getString("coordinator"),
                CaseStatus.valueOf(rs.getString("case_status")));
    }
}
