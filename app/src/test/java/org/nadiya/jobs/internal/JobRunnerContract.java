package org.nadiya.jobs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nadiya.jobs.Job;
import org.nadiya.jobs.JobContext;
import org.nadiya.jobs.JobHandler;
import org.nadiya.jobs.Jobs;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.NotVisibleException;
import org.nadiya.security.Role;
import org.nadiya.testsupport.Eventually;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The job runner on the real database: two runners (two instances) share the work and run each job once; a failed
 * attempt is retried, bad input fails at once with its reason; a job whose instance died is revived and finished by
 * another; progress is persisted; a user sees only their own jobs. The runners here use their own task name, so the
 * application's runner never claims these jobs.
 */
abstract class JobRunnerContract {

    @Autowired
    DataSource dataSource;

    @Autowired
    JobStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Jobs jobs;

    private final String task = "test-" + UUID.randomUUID();
    private final Map<Long, AtomicInteger> runs = new ConcurrentHashMap<>();
    private final Map<Long, String> failedReasons = new ConcurrentHashMap<>();
    private final List<JobRunner> runners = new ArrayList<>();

    private final List<JobHandler> handlers = List.of(
            handler("test.count", job -> {
                runs.computeIfAbsent(job.id(), k -> new AtomicInteger()).incrementAndGet();
                Thread.sleep(30);
            }, 3),
            handler("test.flaky", job -> {
                runs.computeIfAbsent(job.id(), k -> new AtomicInteger()).incrementAndGet();
                if (job.attempt() == 1) {
                    throw new IllegalStateException("the first attempt breaks");
                }
            }, 3),
            handler("test.bad", job -> {
                throw new IllegalArgumentException("no such rule: x");
            }, 3),
            handler("test.progress", job -> {
                job.progress("stage 50 %");
                Thread.sleep(1_500);
                runs.computeIfAbsent(job.id(), k -> new AtomicInteger()).incrementAndGet();
            }, 3));

    @BeforeEach
    void twoInstances() {
        runners.add(runner("instance-a"));
        runners.add(runner("instance-b"));
        runners.forEach(JobRunner::start);
    }

    @AfterEach
    void stop() {
        runners.forEach(JobRunner::stop);
    }

    @Test
    void twoInstancesRunEveryJobExactlyOnce() {
        var ids = new ArrayList<Long>();
        for (int i = 0; i < 30; i++) {
            ids.add(submit("test.count", i % 2));
        }
        var finished = Eventually.value(() -> ids.stream().map(id -> store.find(id).orElseThrow()).toList(),
                list -> list.stream().allMatch(j -> j.state() == Job.State.DONE));
        assertThat(finished).extracting(Job::state).containsOnly(Job.State.DONE);
        assertThat(finished).extracting(Job::attempts).containsOnly(1);
        assertThat(finished).extracting(Job::instance).isSubsetOf("instance-a", "instance-b");
        assertThat(ids).allSatisfy(id -> assertThat(runs.get(id)).as("job " + id).hasValue(1));
        assertThat(finished).allSatisfy(j -> assertThat(j.finishedAt()).isAfterOrEqualTo(j.startedAt()));
    }

    @Test
    void aFailedAttemptIsRetriedAndBadInputFailsAtOnceWithItsReason() {
        long flaky = submit("test.flaky", 0);
        long bad = submit("test.bad", 1);

        var retried = Eventually.value(() -> store.find(flaky).orElseThrow(), j -> j.state() == Job.State.DONE);
        assertThat(retried.state()).isEqualTo(Job.State.DONE);
        assertThat(retried.attempts()).isEqualTo(2);
        assertThat(retried.failure()).as("the earlier attempt's reason stays").contains("the first attempt breaks");

        var failed = Eventually.value(() -> store.find(bad).orElseThrow(), j -> j.state() == Job.State.FAILED);
        assertThat(failed.state()).isEqualTo(Job.State.FAILED);
        assertThat(failed.attempts()).as("bad input is not tried again").isEqualTo(1);
        assertThat(failed.failure()).isEqualTo("IllegalArgumentException: no such rule: x");
        assertThat(failedReasons.get(bad)).isEqualTo(failed.failure());
    }

    @Test
    void progressIsPersistedWhileTheJobRuns() {
        long id = submit("test.progress", 0);
        var running = Eventually.value(() -> store.find(id).orElseThrow(), j -> "stage 50 %".equals(j.progress()));
        assertThat(running.state()).isEqualTo(Job.State.RUNNING);
        assertThat(running.progress()).isEqualTo("stage 50 %");
        assertThat(jobs.latest("test.progress", running.subject())).get().extracting(Job::id).isEqualTo(id);
        var done = Eventually.value(() -> store.find(id).orElseThrow(), j -> j.state() == Job.State.DONE);
        assertThat(done.progress()).isNull();
    }

    @Test
    void aJobWhoseInstanceDiedIsRevivedAndFinishedByAnother() {
        long id = deadJob("test.count", 1);
        var done = Eventually.value(() -> store.find(id).orElseThrow(), j -> j.state() == Job.State.DONE);
        assertThat(done.state()).isEqualTo(Job.State.DONE);
        assertThat(done.attempts()).isEqualTo(2);
        assertThat(done.instance()).isIn("instance-a", "instance-b");
        assertThat(runs.get(id)).hasValue(1);
    }

    @Test
    void aJobThatKilledItsInstancesTooOftenFailsWithTheReason() {
        long id = deadJob("test.count", 3);
        var failed = Eventually.value(() -> store.find(id).orElseThrow(), j -> j.state() == Job.State.FAILED);
        assertThat(failed.state()).isEqualTo(Job.State.FAILED);
        assertThat(failed.failure()).isEqualTo("stopped 3 times with the instance running it");
        assertThat(runs).doesNotContainKey(id);
        assertThat(failedReasons.get(id)).isEqualTo(failed.failure());
    }

    @Test
    void recurringWorkIsOneStoredRunPerNameSoOneInstanceDoesIt() {
        var names = java.util.List.of("audit-checkpoint", "event-publication-retention", "event-resubmission",
                "session-cleanup");
        for (String name : names) {
            int rows = jdbc.sql("select count(*) from scheduled_tasks where task_name = :n").param("n", name)
                    .query(Integer.class).single();
            assertThat(rows).as(name).isEqualTo(1);
        }
    }

    @Test
    void onlyItsStarterAndAdministratorsSeeAJob() {
        long id = store.insert("test.none", "1", "starter", Instant.now());
        var starter = new CurrentUser(1, "starter", "S", Set.of(Role.ANALYST), "NPU", "UA-32", false);
        var other = new CurrentUser(2, "other", "O", Set.of(Role.ANALYST), "NPU", "UA-32", false);
        var admin = new CurrentUser(3, "root", "A", Set.of(Role.ADMIN), "NPU", "UA", false);
        assertThat(jobs.visible(starter, id).id()).isEqualTo(id);
        assertThat(jobs.visible(admin, id).id()).isEqualTo(id);
        assertThatThrownBy(() -> jobs.visible(other, id)).isInstanceOf(NotVisibleException.class);
        assertThatThrownBy(() -> jobs.visible(admin, Long.MAX_VALUE)).isInstanceOf(NotVisibleException.class);
    }

    private long submit(String kind, int runner) {
        long id = store.insert(kind, "s" + UUID.randomUUID(), "tester", Instant.now());
        runners.get(runner).schedule(id);
        return id;
    }

    /** A job an instance claimed and then died with: picked, heartbeat long stopped, begun {@code attempts} times. */
    private long deadJob(String kind, int attempts) {
        long id = store.insert(kind, "s" + UUID.randomUUID(), "tester", Instant.now());
        store.begin(id, "instance-dead", Instant.now().minusSeconds(3600));
        jdbc.sql("update job set attempts = :a where id = :id").param("a", attempts).param("id", id).update();
        var past = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1);
        jdbc.sql("""
                insert into scheduled_tasks (task_name, task_instance, execution_time, picked, picked_by, last_heartbeat,
                    version, consecutive_failures)
                values (:task, :id, :past, true, 'instance-dead', :past, 1, 0)
                """).param("task", task).param("id", String.valueOf(id)).param("past", past).update();
        return id;
    }

    private JobRunner runner(String name) {
        var beans = new StaticListableBeanFactory();
        handlers.forEach(h -> beans.addBean(h.kind(), h));
        var settings = new JobSettings(name, 2, Duration.ofMillis(200), Duration.ofMillis(200), 4,
                Duration.ofMillis(200), Duration.ofSeconds(2), true);
        return new JobRunner(dataSource, store, beans.getBeanProvider(JobHandler.class),
                beans.getBeanProvider(org.nadiya.kernel.Recurring.class), Clock.systemUTC(), settings, task);
    }

    private interface Work {
        void run(JobContext job) throws Exception;
    }

    private JobHandler handler(String kind, Work work, int attempts) {
        return new JobHandler() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public void run(JobContext job) throws Exception {
                work.run(job);
            }

            @Override
            public void failed(JobContext job, String reason) {
                failedReasons.put(job.id(), reason);
            }

            @Override
            public int attempts() {
                return attempts;
            }
        };
    }
}
