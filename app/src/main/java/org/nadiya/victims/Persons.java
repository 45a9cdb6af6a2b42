package org.nadiya.victims;

import org.nadiya.security.CurrentUser;

/**
 * The register of protected persons. Who sees a person is decided by one policy (see {@code docs/victims.md}):
 * a person outside it answers {@link org.nadiya.security.NotVisibleException} (404) and the attempt is audited.
 * Identity is read only with a reason by those allowed to ({@code IDENTITY_READ}); a refusal is audited and
 * answers {@link org.springframework.security.access.AccessDeniedException} (403).
 */
public interface Persons {

    /** Persons visible to the user, newest first. */
    PersonPage list(CurrentUser user, int page, int pageSize);

    /** Persons visible to the user that match the filter, newest first. */
    PersonPage list(CurrentUser user, PersonFilter filter, int page, int pageSize);

    /** The person without identity (audited as {@code PERSON_VIEWED}). */
    Person open(CurrentUser user, long id);

    /** Whether the user may know that the person exists; not audited (for other modules' own checks). */
    boolean canSee(CurrentUser user, long id);

    /**
     * Of the given persons, those the user may know exist: exactly {@link #canSee} for each, in a few queries
     * whatever the number of persons (for lists and dashboards). Not audited.
     */
    java.util.Set<Long> visibleAmong(CurrentUser user, java.util.Collection<Long> personIds);

    /**
     * The pseudonyms of those of the given persons the user may know exist ({@link #visibleAmong}), by id; for lists
     * of other modules that name persons. Not audited: a pseudonym identifies nobody.
     */
    java.util.Map<Long, String> pseudonyms(CurrentUser user, java.util.Collection<Long> personIds);

    /** Whether the user may read the identity of a person they see (with a reason). */
    boolean mayReadIdentity(CurrentUser user, long id);

    /** The decrypted identity, audited with the reason. */
    Identity identity(CurrentUser user, long id, String reason);

    /** Registers a person; returns the id. The pseudonym is issued here and never changes. */
    long register(CurrentUser user, NewPerson person);

    /**
     * Registers a person a front-line officer (prosecutor, investigator, operative) screened and who consented to
     * be handed to the Coordination Centre: no proceeding is required and identity is optional (the pseudonym is
     * issued; identity may be added later with consent). The person belongs to the given region and is seen by
     * its coordinators; the officer sees the person only through a proceeding, as any case worker. Returns the id.
     */
    long registerScreened(CurrentUser officer, NewPerson person);

    /**
     * The username of the person's responsible coordinator, if any. No user: for a partner's referral page, whose
     * caller shows only that coordinator's work contact, nothing of the person.
     */
    java.util.Optional<String> coordinatorOf(long id);

    /** Whether the user registered the person (for handing over a person the user does not otherwise see). */
    boolean registeredBy(CurrentUser user, long id);

    /**
     * Links a person the user sees to a proceeding: coordinators to any existing proceeding (the one the person
     * names), prosecutors, investigators and administrators to a proceeding they see.
     */
    void link(CurrentUser user, long id, long proceedingId, PersonKind role);

    /**
     * Ids of the persons linked to a proceeding, for modules that must tell someone about it (e.g. a stage
     * change). No user: the caller shows the result only to users who {@link #canSee} the person.
     */
    java.util.List<Long> linkedTo(long proceedingId);

    /**
     * Proceeding ids of each given person. No user: the caller passes only persons its user may see (e.g. from
     * {@link #list}) and shows nothing of the proceedings but what it is allowed to (dates of court hearings).
     */
    java.util.Map<Long, java.util.List<Long>> proceedingsOf(java.util.Collection<Long> personIds);

    /**
     * What a partner organisation's user may read of a person for a referral of the given service: identity and
     * case details each only if the person's consent allows it NOW ({@link Consents#allows} for the user's
     * organisation or for any provider of the service) and the caller asks for it. Only users with the PARTNER
     * role and an agency; every call is audited ({@code IDENTITY_READ_BY_PARTNER} when identity is disclosed).
     * The caller (the referrals module) calls this only for a referral addressed to the user's organisation.
     */
    PartnerDisclosure forPartner(CurrentUser partnerUser, long id, ServiceType service,
                                 java.util.Set<ConsentScope> requested, String reason);
}
