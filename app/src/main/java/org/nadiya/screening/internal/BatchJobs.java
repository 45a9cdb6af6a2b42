package org.nadiya.screening.internal;

import org.nadiya.jobs.JobContext;
import org.nadiya.jobs.JobHandler;
import org.springframework.stereotype.Component;

/** Ad batches are screened as durable jobs: claimed by one instance, resumed by another where the first stopped. */
@Component
class BatchJobs implements JobHandler {

    static final String KIND = "screening.batch";

    private final AdScreeningService screening;

    BatchJobs(AdScreeningService screening) {
        this.screening = screening;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(JobContext job) {
        screening.screenBatch(Long.parseLong(job.subject()), job::progress);
    }

    @Override
    public void failed(JobContext job, String reason) {
        screening.failBatch(Long.parseLong(job.subject()), reason);
    }
}
