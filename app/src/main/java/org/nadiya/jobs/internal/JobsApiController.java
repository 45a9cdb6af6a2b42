package org.nadiya.jobs.internal;

import org.nadiya.jobs.Job;
import org.nadiya.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A job's state for the user who started it (administrators: any); anyone else gets 404. */
@RestController
class JobsApiController {

    private final JobService jobs;

    JobsApiController(JobService jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/api/v1/jobs/{id}")
    Job job(@PathVariable long id) {
        return jobs.visible(CurrentUser.get(), id);
    }
}
