package org.nadiya.jobs.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.nadiya.jobs.Job;
import org.nadiya.kernel.Formats;
import org.nadiya.kernel.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Every job of every instance, newest first: who started what, its state, progress, attempts and duration. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminJobsController {

    private final JobService jobs;
    private final MessageSource messages;
    private final Clock clock;

    AdminJobsController(JobService jobs, MessageSource messages, Clock clock) {
        this.jobs = jobs;
        this.messages = messages;
        this.clock = clock;
    }

    /** One job as the page shows it: texts already in the reader's language. */
    record Row(long id, String kind, String subject, String startedBy, Job.State state, String progress, int attempts,
               String instance, String created, String duration, String failure) {
    }

    @GetMapping("/admin/jobs")
    String list(@RequestParam(required = false) String state, Model model, Locale locale) {
        Job.State chosen = null;
        if (state != null && !state.isBlank()) {
            try {
                chosen = Job.State.valueOf(state);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("state", "error.jobs.state.choose");
            }
        }
        var now = clock.instant();
        List<Row> rows = jobs.recent(chosen).stream().map(j -> new Row(j.id(),
                messages.getMessage("jobs.kind." + j.kind(), null, j.kind(), locale), j.subject(), j.startedBy(),
                j.state(), j.progress(), j.attempts(), j.instance(), Formats.dateTime(j.createdAt(), locale),
                duration(j.duration(now)), j.failure())).toList();
        model.addAttribute("jobs", rows);
        model.addAttribute("states", Job.State.values());
        model.addAttribute("state", chosen);
        model.addAttribute("instance", jobs.instanceName());
        model.addAttribute("limit", JobService.PAGE);
        return "admin/jobs";
    }

    /** h:mm:ss, the same in every language. */
    static String duration(Duration d) {
        if (d == null) {
            return "";
        }
        long s = Math.max(0, d.toSeconds());
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
