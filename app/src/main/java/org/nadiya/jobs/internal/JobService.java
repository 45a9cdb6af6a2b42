package org.nadiya.jobs.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.nadiya.jobs.Job;
import org.nadiya.jobs.Jobs;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.NotVisibleException;
import org.nadiya.security.Role;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@EnableConfigurationProperties(JobSettings.class)
class JobService implements Jobs {

    static final int PAGE = 200;

    private final JobStore store;
    private final JobRunner runner;
    private final Clock clock;

    JobService(JobStore store, JobRunner runner, Clock clock) {
        this.store = store;
        this.runner = runner;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long submit(String kind, String subject, String startedBy) {
        long id = store.insert(kind, subject, startedBy, clock.instant());
        runner.schedule(id);
        return id;
    }

    @Override
    public Optional<Job> latest(String kind, String subject) {
        return store.latest(kind, subject);
    }

    @Override
    public Job visible(CurrentUser user, long id) {
        return store.find(id).filter(j -> user.has(Role.ADMIN) || j.startedBy().equals(user.username()))
                .orElseThrow(() -> new NotVisibleException("job", id));
    }

    /** The newest jobs for the administrators' page. */
    List<Job> recent(Job.State state) {
        return store.recent(state, PAGE);
    }

    String instanceName() {
        return runner.instanceName();
    }
}
