package org.nadiya.jobs.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.nadiya.jobs.Job;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code job} table: one row per job, what people read; the claiming is db-scheduler's. */
@Repository
class JobStore {

    private final JdbcClient jdbc;

    JobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String kind, String subject, String startedBy, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into job (kind, subject_key, started_by, state, attempts, created_at)
                values (:kind, :subject, :by, 'QUEUED', 0, :at)
                """)
                .param("kind", kind).param("subject", subject).param("by", startedBy).param("at", utc(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Job> find(long id) {
        return jdbc.sql("select * from job where id = :id").param("id", id).query(JobStore::job).optional();
    }

    Optional<Job> latest(String kind, String subject) {
        return jdbc.sql("select * from job where kind = :kind and subject_key = :subject order by id desc"
                        + " fetch first 1 rows only")
                .param("kind", kind).param("subject", subject).query(JobStore::job).optional();
    }

    /** The newest jobs first, optionally of one state. */
    List<Job> recent(Job.State state, int limit) {
        return jdbc.sql("select * from job" + (state == null ? "" : " where state = :state")
                        + " order by id desc fetch first " + limit + " rows only")
                .paramSource(state == null ? java.util.Map.of() : java.util.Map.of("state", state.name()))
                .query(JobStore::job).list();
    }

    /** This instance begins an attempt: RUNNING, one more attempt, its name; the first start time is kept. */
    void begin(long id, String instance, Instant at) {
        jdbc.sql("""
                update job set state = 'RUNNING', attempts = attempts + 1, instance = :instance,
                    started_at = coalesce(started_at, :at)
                where id = :id
                """).param("instance", instance).param("at", utc(at)).param("id", id).update();
    }

    void progress(long id, String text) {
        jdbc.sql("update job set progress = :p where id = :id and state = 'RUNNING'")
                .param("p", text.length() > 200 ? text.substring(0, 200) : text).param("id", id).update();
    }

    void done(long id, Instant at) {
        jdbc.sql("update job set state = 'DONE', progress = null, finished_at = :at where id = :id")
                .param("at", utc(at)).param("id", id).update();
    }

    /** Waiting again (a retry): the reason of the failed attempt stays visible until the job ends. */
    void retrying(long id, String reason) {
        jdbc.sql("update job set state = 'QUEUED', failure = :reason where id = :id")
                .param("reason", clip(reason)).param("id", id).update();
    }

    void failed(long id, String reason, Instant at) {
        jdbc.sql("update job set state = 'FAILED', finished_at = :at, failure = :reason where id = :id")
                .param("at", utc(at)).param("reason", clip(reason)).param("id", id).update();
    }

    private static String clip(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    private static Job job(ResultSet rs, int n) throws SQLException {
        return new Job(rs.getLong("id"), rs.getString("kind"), rs.getString("subject_key"), rs.getString("started_by"),
                Job.State.valueOf(rs.getString("state")), rs.getString("progress"), rs.getInt("attempts"),
                rs.getString("instance"), instant(rs, "created_at"), instant(rs, "started_at"),
                instant(rs, "finished_at"), rs.getString("failure"));
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
