package org.nadiya.victims;

import java.util.List;

/** One page of the persons visible to the caller; {@code hasNext} instead of a total. */
public record PersonPage(List<PersonRow> rows, int page, int pageSize, boolean hasNext) {
}
