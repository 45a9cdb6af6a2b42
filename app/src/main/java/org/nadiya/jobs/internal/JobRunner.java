package org.nadiya.jobs.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.nadiya.jobs.Job;
import org.nadiya.jobs.JobContext;
import org.nadiya.jobs.JobHandler;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.kernel.Recurring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs jobs with db-scheduler: one one-time task whose instance id is the job's id. db-scheduler claims an execution
 * for one instance (an optimistic version bump), beats its heartbeat while it runs and revives it on another
 * instance when the heartbeat stops; this class keeps the {@code job} row (state, attempts, progress, reason) and
 * hands the work to the module's {@link JobHandler}.
 */
@Component
class JobRunner implements SmartLifecycle {

    static final String TASK = "nadiya-job";
    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

    private final JobStore store;
    private final ObjectProvider<JobHandler> handlers;
    private final Clock clock;
    private final JobSettings settings;
    private final ObjectProvider<Recurring> recurring;
    private final DataSource dataSource;
    private final OneTimeTask<Void> task;
    private Scheduler scheduler;
    private volatile Map<String, JobHandler> byKind;
    private volatile boolean running;

    @org.springframework.beans.factory.annotation.Autowired
    JobRunner(DataSource dataSource, JobStore store, ObjectProvider<JobHandler> handlers,
              ObjectProvider<Recurring> recurring, Clock clock, JobSettings settings) {
        this(dataSource, store, handlers, recurring, clock, settings, TASK);
    }

    /** With another task name, for tests that run jobs beside the application's own runner without it seeing them. */
    JobRunner(DataSource dataSource, JobStore store, ObjectProvider<JobHandler> handlers,
              ObjectProvider<Recurring> recurring, Clock clock, JobSettings settings, String taskName) {
        this.dataSource = dataSource;
        this.store = store;
        this.handlers = handlers;
        this.recurring = recurring;
        this.clock = clock;
        this.settings = settings;
        this.task = Tasks.oneTime(taskName)
                .onFailure(this::retryLater)
                .onDeadExecution(new DeadExecutionHandler.ReviveDeadExecution<>())
                .execute(this::execute);
    }

    /**
     * Built on first use, when every module's {@link Recurring} work is known: each becomes a recurring task whose
     * next run time is one row, so one instance at a time runs it.
     */
    private synchronized Scheduler scheduler() {
        if (scheduler != null) {
            return scheduler;
        }
        List<RecurringTask<Void>> periodic = new ArrayList<>();
        recurring.orderedStream().filter(r -> !r.interval().isZero() && !r.interval().isNegative()).forEach(r -> periodic.add(
                Tasks.recurring(r.name(), FixedDelay.of(r.interval())).execute((instance, context) -> r.run())));
        // Transaction-aware: a job scheduled inside a module's transaction is stored with the module's rows, or not.
        scheduler = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), List.<com.github.kagkarlsson.scheduler.task.Task<?>>of(task))
                .startTasks(periodic)
                .schedulerName(new SchedulerName.Fixed(settings.instanceName()))
                .threads(settings.threads())
                .pollingInterval(settings.polling())
                .heartbeatInterval(settings.heartbeat())
                .missedHeartbeatsLimit(settings.missedHeartbeats())
                .shutdownMaxWait(settings.shutdownWait())
                .alwaysPersistTimestampInUTC()
                .build();
        return scheduler;
    }

    /** Schedules the stored job now; when called in a transaction, this instance looks for it right after commit. */
    void schedule(long jobId) {
        var scheduler = scheduler();
        scheduler.schedule(task.instance(String.valueOf(jobId)), clock.instant());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    scheduler.triggerCheckForDueExecutions();
                }
            });
        } else {
            scheduler.triggerCheckForDueExecutions();
        }
    }

    String instanceName() {
        return settings.instanceName();
    }

    private void execute(TaskInstance<Void> instance, ExecutionContext execution) {
        long id = Long.parseLong(instance.getId());
        Job job = store.find(id).orElse(null);
        if (job == null || job.state().finished()) {
            return;
        }
        JobHandler handler = handler(job.kind());
        var context = new Running(job, job.attempts() + 1);
        if (handler == null) {
            store.failed(id, "no handler for jobs of kind " + job.kind(), clock.instant());
            return;
        }
        if (job.attempts() >= handler.attempts()) {
            // The instances that began it all stopped (killed, out of memory) before it ended.
            fail(handler, context, "stopped " + job.attempts() + " times with the instance running it");
            return;
        }
        store.begin(id, settings.instanceName(), clock.instant());
        try {
            handler.run(context);
            store.done(id, clock.instant());
        } catch (Throwable t) {
            String reason = reason(t);
            if (execution.getSchedulerState().isShuttingDown()) {
                LOG.info("job {} ({}) stopped with this instance; another instance or the next start resumes it", id,
                        job.kind());
                store.retrying(id, "stopped with instance " + settings.instanceName());
                throw new Retry(0, t);
            }
            if (context.attempt() < handler.attempts() && retries(t)) {
                LOG.warn("job {} ({}) attempt {} failed; tried again later: {}", id, job.kind(), context.attempt(), reason);
                store.retrying(id, reason);
                throw new Retry(context.attempt(), t);
            }
            LOG.warn("job {} ({}) failed for good after {} attempts", id, job.kind(), context.attempt(), t);
            fail(handler, context, reason);
        }
    }

    private void fail(JobHandler handler, Running context, String reason) {
        try {
            handler.failed(context, reason);
        } finally {
            store.failed(context.id(), reason, clock.instant());
        }
    }

    private void retryLater(ExecutionComplete complete, ExecutionOperations<Void> operations) {
        int failures = complete.getCause().filter(Retry.class::isInstance).map(c -> ((Retry) c).failures).orElse(1);
        operations.reschedule(complete, clock.instant().plus(settings.retryDelay().multipliedBy(failures)));
    }

    /** Bad input does not get better by trying again. */
    private static boolean retries(Throwable t) {
        return !(t instanceof InvalidInputException || t instanceof IllegalArgumentException);
    }

    static String reason(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root && root.getMessage() == null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    private JobHandler handler(String kind) {
        var known = byKind;
        if (known == null) {
            var map = new ConcurrentHashMap<String, JobHandler>();
            handlers.orderedStream().forEach(h -> map.put(h.kind(), h));
            byKind = known = map;
        }
        return known.get(kind);
    }

    @Override
    public void start() {
        scheduler().start();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        scheduler().stop();
        // A stopped db-scheduler cannot start again; a context that is started again (tests pause cached
        // contexts) gets a new one.
        synchronized (this) {
            scheduler = null;
        }
    }

    /** Not in the command line's processes: they end within seconds and would take jobs with them. */
    @Override
    public boolean isAutoStartup() {
        return settings.enabled();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** A failed attempt to be tried again; {@code failures} scales the wait (0: at once, the instance stopped). */
    private static final class Retry extends RuntimeException {
        private final int failures;

        Retry(int failures, Throwable cause) {
            super(cause.getMessage(), cause, false, false);
            this.failures = failures;
        }
    }

    private final class Running implements JobContext {
        private final Job job;
        private final int attempt;
        private long lastWrite;

        Running(Job job, int attempt) {
            this.job = job;
            this.attempt = attempt;
        }

        @Override
        public long id() {
            return job.id();
        }

        @Override
        public String subject() {
            return job.subject();
        }

        @Override
        public String startedBy() {
            return job.startedBy();
        }

        @Override
        public int attempt() {
            return attempt;
        }

        @Override
        public void progress(String text) {
            long now = System.nanoTime();
            if (now - lastWrite >= 1_000_000_000L) {
                lastWrite = now;
                store.progress(job.id(), text);
            }
        }
    }
}
