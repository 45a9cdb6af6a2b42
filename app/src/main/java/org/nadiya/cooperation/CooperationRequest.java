package org.nadiya.cooperation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A request with its dates; {@code overdue} is computed for today (Kyiv). */
public record CooperationRequest(long id, String reference, Direction direction, RequestKind kind,
                                 String countryCode, String authority, String legalBasis, Set<String> subjects,
                                 long proceedingId, List<RequestPerson> persons, String summary, String language,
                                 Translation translation, LocalDate draftedOn, LocalDate approvedOn, LocalDate sentOn,
                                 LocalDate receivedOn, LocalDate executedOn, LocalDate refusedOn, String refusalReason,
                                 LocalDate expectedAnswerOn, RequestStatus status, boolean overdue,
                                 List<FollowUp> followUps) {

    /** Days past the expected answer (0 when not overdue). */
    public long daysOverdue(LocalDate today) {
        return overdue ? java.time.temporal.ChronoUnit.DAYS.between(expectedAnswerOn, today) : 0;
    }
}
