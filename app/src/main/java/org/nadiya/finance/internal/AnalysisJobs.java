package org.nadiya.finance.internal;

import org.nadiya.jobs.JobContext;
import org.nadiya.jobs.JobHandler;
import org.springframework.stereotype.Component;

/** Statement analyses run as durable jobs: claimed by one instance, resumed by another if it dies. */
@Component
class AnalysisJobs implements JobHandler {

    static final String KIND = "finance.analysis";

    private final FinanceService finance;

    AnalysisJobs(FinanceService finance) {
        this.finance = finance;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(JobContext job) {
        finance.runJob(job);
    }

    @Override
    public void failed(JobContext job, String reason) {
        finance.failJob(job, reason);
    }

    /** An analysis that failed twice (or killed two instances) will fail again: the analyst reads why. */
    @Override
    public int attempts() {
        return 2;
    }
}
