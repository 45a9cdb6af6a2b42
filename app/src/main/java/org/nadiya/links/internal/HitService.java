package org.nadiya.links.internal;

import java.time.Clock;
import java.util.List;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.cases.ProceedingAccess;
import org.nadiya.cases.Proceedings;
import org.nadiya.cases.TeamRole;
import org.nadiya.links.AccessState;
import org.nadiya.links.Hit;
import org.nadiya.links.HitBasis;
import org.nadiya.links.HitContact;
import org.nadiya.victims.PersonNameMatches;
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.NeedToKnow;
import org.nadiya.security.NotVisibleException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hit/no-hit deconfliction (decision 0017): a team learns that another proceeding shares an identifier, of which
 * kind, and whom to call there; which proceeding it is only once that team accepts a request; its content never.
 */
@Service
class HitService {

    private static final String SYSTEM = "system:links";

    private final HitStore hits;
    private final IdentifierStore identifiers;
    private final Proceedings proceedings;
    private final NeedToKnow needToKnow;
    private final AuditLog audit;
    private final Clock clock;
    private final PersonNameMatches names;

    HitService(HitStore hits, IdentifierStore identifiers, Proceedings proceedings, NeedToKnow needToKnow,
               AuditLog audit, Clock clock, PersonNameMatches names) {
        this.names = names;
        this.hits = hits;
        this.identifiers = identifiers;
        this.proceedings = proceedings;
        this.needToKnow = needToKnow;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a hit with every other proceeding holding the key; returns how many are new. */
    int detect(IdentifierForms.Normalised id, ProceedingAccess own) {
        int found = 0;
        for (long other : identifiers.otherProceedings(id.matchKey(), own.id())) {
            var otherAccess = proceedings.access(other).orElseThrow();
            boolean transnational = !own.regionCode().equals(otherAccess.regionCode()) || IdentifierForms.foreign(id.identifier());
            var created = hits.insertIfAbsent(id.identifier().kind(), id.matchKey(), own.id(), other, transnational,
                    clock.instant());
            if (created.isPresent()) {
                found++;
                audit.record(AuditEvent.allowed("HIT_FOUND", "link_hit", created.get()).by(SYSTEM)
                        .with("kind " + id.identifier().kind() + (transnational ? ", transnational" : "")));
            }
        }
        return found;
    }

    /**
     * Records a name hit for each pair of proceedings where the person and a person of another proceeding have
     * matching names (the victims module scores them; decision 0029); returns how many are new. System-side, after
     * the commit that linked or indexed the person.
     */
    @Transactional
    int detectNames(long personId) {
        var similar = names.similarTo(personId);
        int found = 0;
        for (long own : similar.proceedings()) {
            var ownAccess = proceedings.access(own).orElseThrow();
            for (var other : similar.others()) {
                for (long theirs : other.proceedings()) {
                    if (theirs == own) {
                        continue;
                    }
                    var otherAccess = proceedings.access(theirs).orElseThrow();
                    boolean transnational = !ownAccess.regionCode().equals(otherAccess.regionCode());
                    var created = hits.insertNameIfAbsent(own, personId, similar.pseudonym(), theirs, other.personId(),
                            other.pseudonym(), other.score(), transnational, clock.instant());
                    if (created.isPresent()) {
                        found++;
                        audit.record(AuditEvent.allowed("HIT_FOUND", "link_hit", created.get()).by(SYSTEM)
                                .with("person name" + (transnational ? ", transnational" : "")));
                    }
                }
            }
        }
        return found;
    }

    @Transactional(readOnly = true)
    List<Hit> hitsOf(CurrentUser user, long proceedingId) {
        visible(user, proceedingId);
        return hits.ofProceeding(proceedingId).stream().map(row -> view(row, proceedingId)).toList();
    }

    private Hit view(HitStore.HitRow row, long own) {
        var other = proceedings.access(row.other(own)).orElseThrow();
        var contacts = other.team().stream()
                .filter(m -> m.role() == TeamRole.PROSECUTOR || m.role() == TeamRole.INVESTIGATOR)
                .map(m -> new HitContact(m.displayName(), m.role(), m.agencyCode(), m.regionCode())).toList();
        var request = hits.latestRequest(row.id()).map(r -> new Hit.AccessRequest(r.id(), r.state(),
                r.fromProceeding() != own, r.requestedBy(), r.requestReason(), r.decidedBy(), r.decisionReason(),
                r.requestedAt(), nameOn(r.fromProceeding(), r.requestedBy()),
                r.decidedBy() == null ? null : nameOn(row.other(r.fromProceeding()), r.decidedBy()))).orElse(null);
        var ownIdentifiers = row.name() ? List.of(row.ownPseudonym(own)) : identifiers.displays(own, row.matchKey());
        return new Hit(row.id(), own, row.kind(), ownIdentifiers, row.transnational(),
                row.createdAt(), contacts, request, hits.opened(row.id()) ? other.id() : null,
                row.name() ? HitBasis.PERSON_NAME : HitBasis.IDENTIFIER, row.name() ? row.ownPerson(own) : null,
                row.score());
    }

    /** The display name of a member of the proceeding's team; the user name of someone no longer on it. */
    String nameOn(long proceedingId, String username) {
        return proceedings.access(proceedingId).orElseThrow().team().stream()
                .filter(m -> m.username().equals(username)).map(org.nadiya.cases.TeamMember::displayName)
                .findFirst().orElse(username);
    }

    @Transactional
    long requestAccess(CurrentUser user, long hitId, String reason) {
        var hit = hits.hit(hitId).orElseThrow(() -> new NotVisibleException("link_hit", hitId));
        long own = teamSide(user, hit, hit.proceedingA(), hit.proceedingB());
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "error.links.reason.required");
        }
        var latest = hits.latestRequest(hitId);
        if (latest.isPresent() && latest.get().state() != AccessState.DECLINED) {
            throw new InvalidInputException("hit", latest.get().state() == AccessState.ACCEPTED
                    ? "error.links.hit.open" : "error.links.hit.waiting");
        }
        long id = hits.insertRequest(hitId, own, user.username(), reason.strip(), clock.instant());
        audit.record(AuditEvent.allowed("HIT_ACCESS_REQUESTED", "link_hit", hitId).by(user.username())
                .because(reason.strip()).with("request " + id + " from proceeding " + own));
        return id;
    }

    @Transactional
    void decide(CurrentUser user, long requestId, boolean accept, String reason) {
        var request = hits.request(requestId).orElseThrow(() -> new NotVisibleException("link_access_request", requestId));
        var hit = hits.hit(request.hitId()).orElseThrow();
        long deciding = hit.other(request.fromProceeding());
        teamSide(user, hit, deciding, deciding);
        if (!accept && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", "error.links.reason.decline");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        var state = accept ? AccessState.ACCEPTED : AccessState.DECLINED;
        if (!hits.decide(requestId, state, user.username(), why, clock.instant())) {
            throw new InvalidInputException("request", "error.links.request.decided");
        }
        audit.record(AuditEvent.allowed(accept ? "HIT_ACCESS_ACCEPTED" : "HIT_ACCESS_DECLINED", "link_hit", hit.id())
                .by(user.username()).because(why).with("request " + requestId));
    }

    /**
     * The side (of the two given) whose team the user is on. Someone who sees neither proceeding learns nothing
     * (404); a supervisor who sees one but is on no team may not speak for it (403).
     */
    private long teamSide(CurrentUser user, HitStore.HitRow hit, long first, long second) {
        for (long side : new long[] {first, second}) {
            var access = proceedings.access(side).orElseThrow();
            if (access.teamUserIds().contains(user.id())) {
                return side;
            }
        }
        boolean seesOne = proceedings.access(hit.proceedingA()).map(a -> needToKnow.canSee(user, a)).orElse(false)
                || proceedings.access(hit.proceedingB()).map(a -> needToKnow.canSee(user, a)).orElse(false);
        if (!seesOne) {
            throw new NotVisibleException("link_hit", hit.id());
        }
        throw new AccessDeniedException("only a member of the proceeding's team may act on its hits");
    }

    ProceedingAccess visible(CurrentUser user, long proceedingId) {
        var access = proceedings.access(proceedingId).orElse(null);
        if (!user.canReadProceedings()) {
            throw new NotVisibleException("proceeding", proceedingId);
        }
        needToKnow.check(user, "proceeding", proceedingId, access);
        return access;
    }
}
