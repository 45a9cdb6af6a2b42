package org.nadiya.cases;

import java.util.List;

/** Everything the workspace page shows about one proceeding. */
public record Workspace(Proceeding proceeding, List<CaseActivity.Task> tasks, List<CaseActivity.Evidence> evidence,
                        List<CaseActivity.Note> notes, List<CaseActivity.Hearing> hearings,
                        List<CaseActivity.StageChange> stages, List<DeadlineExtension> extensions,
                        List<ExcludedPeriod> excludedPeriods, List<QualificationDecision> decisions,
                        List<CaseActivity.TimelineEntry> timeline) {
}
