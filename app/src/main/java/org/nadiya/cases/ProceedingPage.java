package org.nadiya.cases;

import java.util.List;

/** One page of the list; {@code hasNext} instead of a total so that a page costs one indexed query. */
public record ProceedingPage(List<ProceedingRow> rows, int page, int pageSize, boolean hasNext) {
}
