package org.nadiya.bench;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeded data for the proceedings-search benchmark: staff users and N proceedings spread over every region,
 * stage, article part and flag, each with a team of two or three. The same seed gives the same data.
 */
final class ProceedingGenerator {

    static final String[] REGIONS = {"UA-05", "UA-07", "UA-09", "UA-12", "UA-14", "UA-18", "UA-21", "UA-23", "UA-26",
        "UA-30", "UA-32", "UA-35", "UA-46", "UA-48", "UA-51", "UA-53", "UA-56", "UA-59", "UA-61", "UA-63", "UA-65",
        "UA-68", "UA-71", "UA-74", "UA-77"};
    static final String[] STAGES = {"REGISTERED", "REGISTERED", "SUSPICION_NOTIFIED", "SUSPICION_NOTIFIED",
        "SUSPICION_NOTIFIED", "INDICTMENT_SENT", "TRIAL", "VERDICT_CONVICTION", "VERDICT_ACQUITTAL", "APPEAL",
        "SUSPENDED", "CLOSED", "CLOSED"};
    static final int USERS = 300;

    private final JdbcTemplate jdbc;
    private final Random random;
    private final LocalDate today;

    ProceedingGenerator(JdbcTemplate jdbc, long seed, LocalDate today) {
        this.jdbc = jdbc;
        this.random = new Random(seed);
        this.today = today;
    }

    int existing() {
        return jdbc.queryForObject("select count(*) from proceeding where erdr_number like '9%'", Integer.class);
    }

    /** Staff users bench0000..: investigators, prosecutors and operatives in every region, never able to sign in. */
    List<Long> users() {
        var now = OffsetDateTime.now();
        for (int i = 0; i < USERS; i++) {
            String name = String.format("bench%04d", i);
            if (jdbc.queryForObject("select count(*) from app_user where username = ?", Integer.class, name) > 0) {
                continue;
            }
            String role = i % 3 == 0 ? "PROSECUTOR" : i % 3 == 1 ? "INVESTIGATOR" : "OPERATIVE";
            jdbc.update("insert into app_user (username, display_name, password_hash, agency_code, region_code, supervisor,"
                            + " enabled, must_change_password, failed_logins, created_at, password_changed_at)"
                            + " values (?, ?, '{bcrypt}never-matches', 'NPU', ?, false, true, false, 0, ?, ?)",
                    name, "Bench " + i, REGIONS[i % REGIONS.length], now, now);
            long id = jdbc.queryForObject("select id from app_user where username = ?", Long.class, name);
            jdbc.update("insert into user_role (user_id, role) values (?, ?)", id, role);
        }
        return jdbc.queryForList("select id from app_user where username like 'bench%' order by username", Long.class);
    }

    void proceedings(int count, List<Long> users) {
        var now = OffsetDateTime.now();
        int batch = 2_000;
        for (int start = existing(); start < count; start += batch) {
            int end = Math.min(count, start + batch);
            List<Object[]> rows = new ArrayList<>();
            List<Object[]> qualifications = new ArrayList<>();
            List<Object[]> teams = new ArrayList<>();
            for (int i = start; i < end; i++) {
                String erdr = String.format("9%016d", i);
                String region = REGIONS[random.nextInt(REGIONS.length)];
                String stage = STAGES[random.nextInt(STAGES.length)];
                LocalDate registered = today.minusDays(random.nextInt(5 * 365));
                LocalDate suspicion = stage.equals("REGISTERED") ? null : registered.plusDays(random.nextInt(60));
                LocalDate deadline = suspicion == null ? null : today.plusDays(random.nextInt(330) - 30);
                String body = random.nextInt(100) < 90 ? "NPU" : random.nextBoolean() ? "SBI" : "SBU";
                rows.add(new Object[] {erdr, Date.valueOf(registered), region, "Bench proceeding " + i,
                    random.nextInt(100) < 5, random.nextInt(100) < 15, body, body.equals("NPU") ? null : "bench",
                    stage, stage.equals("CLOSED") ? "bench" : null, suspicion == null ? null : Date.valueOf(suspicion),
                    deadline == null ? null : Date.valueOf(deadline), "ESPECIALLY_GRAVE", now, now});
                qualifications.add(new Object[] {erdr, 0, "149", 1 + random.nextInt(3)});
                if (random.nextInt(100) < 25) {
                    qualifications.add(new Object[] {erdr, 1, random.nextBoolean() ? "303" : "332", 1 + random.nextInt(3)});
                }
                int members = 2 + random.nextInt(2);
                long first = random.nextInt(users.size());
                for (int m = 0; m < members; m++) {
                    teams.add(new Object[] {erdr, users.get((int) ((first + m * 101) % users.size())),
                        m == 0 ? "PROSECUTOR" : m == 1 ? "INVESTIGATOR" : "OPERATIVE", Date.valueOf(registered)});
                }
            }
            jdbc.batchUpdate("insert into proceeding (erdr_number, registered_on, region_code, summary, crsv, transnational,"
                    + " investigative_body, body_reason, stage, closure_ground, suspicion_on, deadline_on, seriousness,"
                    + " created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", rows);
            jdbc.batchUpdate("insert into proceeding_qualification (proceeding_id, position, article, part)"
                    + " select id, ?, ?, ? from proceeding where erdr_number = ?",
                    qualifications.stream().map(q -> new Object[] {q[1], q[2], q[3], q[0]}).toList());
            jdbc.batchUpdate("insert into team_member (proceeding_id, user_id, team_role, added_on)"
                    + " select id, ?, ?, ? from proceeding where erdr_number = ? on conflict do nothing",
                    teams.stream().map(t -> new Object[] {t[1], t[2], t[3], t[0]}).toList());
        }
        jdbc.execute("analyze");
    }
}
