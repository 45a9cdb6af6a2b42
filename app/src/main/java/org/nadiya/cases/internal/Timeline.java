package org.nadiya.cases.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.nadiya.cases.CaseActivity;
import org.nadiya.cases.CaseActivity.TimelineEntry;
import org.nadiya.cases.DeadlineExtension;
import org.nadiya.cases.ExcludedPeriod;
import org.nadiya.cases.Proceeding;

/** Everything that happened in a proceeding, newest first. */
final class Timeline {

    private static final ZoneId KYIV = ProceedingService.KYIV;

    private Timeline() {
    }

    static List<TimelineEntry> of(Proceeding p, List<CaseActivity.Task> tasks, List<CaseActivity.Evidence> evidence,
                                  List<CaseActivity.Note> notes, List<CaseActivity.Hearing> hearings,
                                  List<CaseActivity.StageChange> stages, List<DeadlineExtension> extensions,
                                  List<ExcludedPeriod> periods, List<org.nadiya.cases.QualificationDecision> decisions) {
        List<TimelineEntry> all = new ArrayList<>();
        stages.forEach(s -> all.add(new TimelineEntry(s.occurredOn(), "stage", s.note() == null ? "" : s.note(),
                s.recordedBy(), "stage." + s.to().name())));
        p.team().forEach(m -> all.add(new TimelineEntry(m.addedOn(), "team", m.displayName(), null,
                "teamRole." + m.role().name())));
        extensions.forEach(e -> all.add(new TimelineEntry(e.grantedOn(), "extension", e.totalMonths() + " — "
                + e.grantedByName(), null)));
        periods.forEach(x -> all.add(new TimelineEntry(x.from(), "period", "", null, "period." + x.kind().name())));
        tasks.forEach(t -> all.add(new TimelineEntry(day(t.createdAt()), "task", t.title(), t.createdBy())));
        evidence.forEach(e -> {
            all.add(new TimelineEntry(e.obtainedOn(), "evidence", e.item(), e.createdBy()));
            e.custody().forEach(c -> all.add(new TimelineEntry(c.occurredOn(), "custody", e.item() + ": "
                    + c.fromHolder() + " → " + c.toHolder(), c.recordedBy())));
        });
        notes.forEach(n -> all.add(new TimelineEntry(day(n.createdAt()), "note", n.text(), n.author())));
        hearings.forEach(h -> all.add(new TimelineEntry(h.heldOn(), "hearing", h.court()
                + (h.outcome() == null ? "" : ": " + h.outcome()), h.recordedBy())));
        decisions.forEach(d -> all.add(new TimelineEntry(day(d.decidedAt()), "qualification", d.decided()
                + (d.overrideReason() == null ? "" : " — " + d.overrideReason()), d.decidedBy())));
        all.sort(Comparator.comparing(TimelineEntry::on).reversed());
        return all;
    }

    private static LocalDate day(java.time.Instant instant) {
        return instant.atZone(KYIV).toLocalDate();
    }
}
