package org.nadiya.training;

import java.util.List;

import org.nadiya.security.InvalidInputException;

/** An import with at least one bad row: nothing was stored; every bad row is listed. */
public class ImportRejectedException extends InvalidInputException {

    private final transient List<RowError> errors;

    public ImportRejectedException(List<RowError> errors) {
        super("file", errors.size() + " row(s) with errors, nothing imported; first: " + errors.get(0));
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
