package org.nadiya.cooperation;

import java.time.LocalDate;
import java.util.List;

import org.nadiya.security.CurrentUser;

/**
 * The cooperation register. A request is visible exactly when its proceeding is (need-to-know of the cases
 * module); others answer {@link org.nadiya.security.NotVisibleException} (404), audited. Roles without proceedings
 * work, coordinators, partners and researchers get 403. Reads, drafts and changes are audited; bad input is an
 * {@link org.nadiya.kernel.InvalidInputException} naming the field.
 */
public interface Cooperation {

    /** Whether the user's roles reach the register at all (need-to-know still applies per request). */
    boolean mayUse(CurrentUser user);

    /** Visible requests, newest first; only the overdue ones when asked (audited as one list read). */
    List<CooperationRequest> list(CurrentUser user, boolean overdueOnly);

    List<CooperationRequest> ofProceeding(CurrentUser user, long proceedingId);

    OverdueSummary overdue(CurrentUser user);

    CooperationRequest get(CurrentUser user, long id);

    /** Prosecutors and investigators on the proceeding's team (or its supervisors). Returns the id. */
    long create(CurrentUser user, RequestDraft draft);

    /** Moves the request on ({@link RequestStatus#next}); approval is a prosecutor's act; refusal needs a reason. */
    CooperationRequest advance(CurrentUser user, long id, RequestStatus to, LocalDate on, String reason);

    void setExpectedAnswer(CurrentUser user, long id, LocalDate on);

    void setTranslation(CurrentUser user, long id, Translation translation);

    long addFollowUp(CurrentUser user, long id, LocalDate on, String note);

    /** The request document (DOCX) from the template of its kind; audited as an export. */
    byte[] draftDocument(CurrentUser user, long id);

    /** Pseudonyms of the persons linked to the proceeding that the user may name in a request. */
    List<RequestPerson> candidates(CurrentUser user, long proceedingId);

    List<CatalogueEntry> countries();

    List<CatalogueEntry> legalBases();

    List<CatalogueEntry> subjects();
}
