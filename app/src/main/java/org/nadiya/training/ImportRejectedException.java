package org.nadiya.training;

import java.util.ArrayList;
import java.util.List;

import org.nadiya.kernel.InvalidInputException;
import org.nadiya.kernel.Problem;
import org.nadiya.kernel.Text;

/** An import with at least one bad row: nothing was stored; every bad row is listed. */
public class ImportRejectedException extends InvalidInputException {

    private final transient List<RowError> errors;

    public ImportRejectedException(List<RowError> errors) {
        super(problems(errors));
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }

    private static List<Problem> problems(List<RowError> errors) {
        var problems = new ArrayList<Problem>();
        problems.add(Problem.of("file", "error.training.file.rejected", errors.size()));
        for (RowError error : errors) {
            problems.add(Problem.of(error.field(), "error.common.row", error.row(),
                    new Text(error.problem().key(), error.problem().args())));
        }
        return problems;
    }
}
