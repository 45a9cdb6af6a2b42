package org.nadiya.cases;

/**
 * Filters of the proceedings list; {@code null} means "any". {@code deadlineWithinDays} keeps running
 * pre-trial investigations whose deadline falls within that many days (overdue included).
 */
public record ProceedingFilter(String regionCode, String article, Integer part, Stage stage,
                               InvestigativeBody investigativeBody, Integer deadlineWithinDays, Boolean crsv,
                               Boolean transnational, String erdrNumber, int page, int pageSize) {

    public ProceedingFilter {
        if (page < 0) {
            throw new org.nadiya.kernel.InvalidInputException("page", "error.common.page.negative");
        }
        if (pageSize < 1 || pageSize > 200) {
            throw new org.nadiya.kernel.InvalidInputException("pageSize", "error.common.pageSize.range");
        }
        if (deadlineWithinDays != null && (deadlineWithinDays < 0 || deadlineWithinDays > 366)) {
            throw new org.nadiya.kernel.InvalidInputException("deadlineWithinDays", "error.cases.deadlineWithinDays.range");
        }
    }

    public static ProceedingFilter firstPage() {
        return new ProceedingFilter(null, null, null, null, null, null, null, null, null, 0, 25);
    }
}
