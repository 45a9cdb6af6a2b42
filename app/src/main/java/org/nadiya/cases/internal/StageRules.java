package org.nadiya.cases.internal;

import java.time.LocalDate;
import java.util.List;

import org.nadiya.cases.CaseActivity;
import org.nadiya.cases.Proceeding;
import org.nadiya.cases.Stage;
import org.nadiya.security.InvalidInputException;

/** Which stage changes are legal, on which dates, with what they require. */
final class StageRules {

    private StageRules() {
    }

    static void check(Proceeding p, Stage target, LocalDate on, String note, List<CaseActivity.StageChange> history,
                      LocalDate today) {
        if (target == null) {
            throw new InvalidInputException("stage", "choose the new stage");
        }
        if (!p.stage().canMoveTo(target)) {
            throw new InvalidInputException("stage", "a proceeding at stage " + p.stage() + " cannot move to " + target
                    + "; allowed: " + p.stage().next());
        }
        if (on == null) {
            throw new InvalidInputException("on", "give the date of the change");
        }
        if (on.isAfter(today)) {
            throw new InvalidInputException("on", "the date " + on + " is in the future");
        }
        LocalDate last = history.isEmpty() ? p.registeredOn() : history.get(history.size() - 1).occurredOn();
        if (on.isBefore(last)) {
            throw new InvalidInputException("on", "the date " + on + " is before the previous change of " + last);
        }
        if (target == Stage.CLOSED && (note == null || note.isBlank())) {
            throw new InvalidInputException("note", "give the ground of closure (CPC Art. 284)");
        }
        if (p.stage() == Stage.SUSPENDED && target != Stage.CLOSED) {
            Stage before = history.get(history.size() - 1).from();
            if (target != before) {
                throw new InvalidInputException("stage", "a suspended proceeding resumes at the stage it was suspended from: "
                        + before);
            }
        }
    }
}
