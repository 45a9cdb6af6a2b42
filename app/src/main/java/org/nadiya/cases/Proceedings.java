package org.nadiya.cases;

import java.time.LocalDate;
import java.util.List;

import org.nadiya.security.CurrentUser;

/**
 * The proceedings register. Every method checks need-to-know for the given user: a proceeding outside it
 * answers {@link org.nadiya.security.NotVisibleException} (404) and the attempt is audited. Every change is
 * audited; bad input is an {@link org.nadiya.kernel.InvalidInputException} naming the field.
 */
public interface Proceedings {

    ProceedingPage search(CurrentUser user, ProceedingFilter filter);

    /**
     * The region and team of a proceeding, for modules that attach their own records to it and check
     * need-to-know with {@link org.nadiya.security.NeedToKnow#canSee}; not audited, shows no facts.
     */
    java.util.Optional<ProceedingAccess> access(long id);

    /**
     * Court hearings of the given proceedings between the two dates, earliest first: date and court only, for
     * modules that accompany people to court. No user: the caller shows them only to users who may see the
     * person linked to the proceeding.
     */
    java.util.List<UpcomingHearing> upcomingHearings(java.util.Collection<Long> proceedingIds, LocalDate from,
                                                     LocalDate to);

    /**
     * Of the given proceedings, those the user sees under need-to-know (exactly {@code NeedToKnow.canSee} on
     * {@link #access}), in one query: for lists that would otherwise check each row. Not audited, shows no facts.
     */
    java.util.Set<Long> visibleAmong(CurrentUser user, java.util.Collection<Long> proceedingIds);

    /**
     * Every court hearing of the given proceedings, earliest first (date and court only), for a person's timeline
     * of contacts with the justice system. No user: the caller shows them only to users who see the person.
     */
    java.util.List<UpcomingHearing> hearingsOf(java.util.Collection<Long> proceedingIds);

    /** Opens a proceeding (audited as a read). */
    Proceeding open(CurrentUser user, long id);

    Workspace workspace(CurrentUser user, long id);

    /** Registers a proceeding; the user joins its team in the role matching theirs. Returns the id. */
    long register(CurrentUser user, ProceedingDraft draft);

    /** Edits the register data; {@code version} is the one the user saw (a concurrent edit is refused). */
    void update(CurrentUser user, long id, ProceedingDraft draft, int version);

    /** Moves the proceeding to another stage; {@code note} is the ground when closing. */
    void move(CurrentUser user, long id, Stage target, LocalDate on, String note);

    void addMember(CurrentUser user, long id, String username, TeamRole role);

    void removeMember(CurrentUser user, long id, long memberUserId, TeamRole role);

    void extendDeadline(CurrentUser user, long id, int totalMonths, DeadlineExtension.Grantor grantor,
                        String grantorName, LocalDate on);

    /** Records the parties' review of the materials (CPC Art. 290), which does not count towards the limit. */
    void recordMaterialsReview(CurrentUser user, long id, LocalDate from, LocalDate to);

    long addTask(CurrentUser user, long id, String title, String assigneeUsername, LocalDate dueOn);

    void completeTask(CurrentUser user, long id, long taskId);

    /**
     * The open (or done, or all) tasks assigned to the user in the proceedings the user still sees, nearest due date
     * first (tasks without one last); at most {@code limit}. Not audited, like the proceedings list.
     */
    List<CaseActivity.AssignedTask> myTasks(CurrentUser user, CaseActivity.TaskState state, int limit);

    /** One task of a proceeding the user sees (404 for a task of another proceeding). */
    CaseActivity.Task task(CurrentUser user, long id, long taskId);

    /**
     * Edits a task: title, assignee (a member of the team, or nobody) and due date (or none); {@code version} is the
     * one the user saw (a concurrent edit is refused, never lost). Audited with the fields that changed.
     */
    void updateTask(CurrentUser user, long id, long taskId, String title, String assigneeUsername, LocalDate dueOn,
                    int version);

    /** Opens a done task again. */
    void reopenTask(CurrentUser user, long id, long taskId);

    long addEvidence(CurrentUser user, long id, String item, String source, LocalDate obtainedOn, String storage,
                     String fileName, byte[] file);

    void addCustody(CurrentUser user, long id, long evidenceId, LocalDate on, String from, String to, String purpose);

    CaseActivity.EvidenceFile evidenceFile(CurrentUser user, long id, long evidenceId);

    long addNote(CurrentUser user, long id, String text);

    long addHearing(CurrentUser user, long id, LocalDate heldOn, String court, String outcome);

    /**
     * The prosecutor's qualification: the assistant advises on {@code factsJson} (one facts object, as
     * {@code POST /api/v1/qualification} takes it); {@code decided} ("149.3, 303.3") becomes the proceeding's
     * qualification. A decision that leaves the advice needs {@code overrideReason}.
     */
    QualificationDecision decideQualification(CurrentUser user, long id, String factsJson, String decided,
                                              String overrideReason);

    /** Visible proceedings whose pre-trial clock runs, nearest deadline first. */
    List<ProceedingRow> deadlines(CurrentUser user, int limit);

    /**
     * ERDR numbers of the proceedings whose team the user is on, by id (for notices addressed to a team). Not
     * audited; shows no facts.
     */
    java.util.Map<Long, String> teamProceedings(CurrentUser user);
}
