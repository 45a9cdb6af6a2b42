package org.nadiya.cooperation;

import java.util.List;
import java.util.Map;

/** The overdue requests a user sees, grouped by counterpart country and by proceeding (both keyed in order). */
public record OverdueSummary(List<CooperationRequest> requests, Map<String, List<CooperationRequest>> byCountry,
                             Map<Long, List<CooperationRequest>> byProceeding) {
}
