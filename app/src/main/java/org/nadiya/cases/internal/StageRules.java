package org.nadiya.cases.internal;

import java.time.LocalDate;
import java.util.List;

import org.nadiya.cases.CaseActivity;
import org.nadiya.cases.Proceeding;
import org.nadiya.cases.Stage;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.kernel.Text;

/** Which stage changes are legal, on which dates, with what they require. */
final class StageRules {

    private StageRules() {
    }

    static void check(Proceeding p, Stage target, LocalDate on, String note, List<CaseActivity.StageChange> history,
                      LocalDate today) {
        if (target == null) {
            throw new InvalidInputException("stage", "error.cases.stage.choose");
        }
        if (!p.stage().canMoveTo(target)) {
            throw new InvalidInputException("stage", "error.cases.stage.transition", Text.label("stage", p.stage()), Text.label("stage", target), Text.labels("stage", p.stage().next()));
        }
        if (on == null) {
            throw new InvalidInputException("on", "error.cases.on.required");
        }
        if (on.isAfter(today)) {
            throw new InvalidInputException("on", "error.cases.on.future", on);
        }
        LocalDate last = history.isEmpty() ? p.registeredOn() : history.get(history.size() - 1).occurredOn();
        if (on.isBefore(last)) {
            throw new InvalidInputException("on", "error.cases.on.beforePrevious", on, last);
        }
        if (target == Stage.CLOSED && (note == null || note.isBlank())) {
            throw new InvalidInputException("note", "error.cases.note.closureGround");
        }
        if (p.stage() == Stage.SUSPENDED && target != Stage.CLOSED) {
            Stage before = history.get(history.size() - 1).from();
            if (target != before) {
                throw new InvalidInputException("stage", "error.cases.stage.resume", Text.label("stage", before));
            }
        }
    }
}
