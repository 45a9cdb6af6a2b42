package org.nadiya.links.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.cases.Proceedings;
import org.nadiya.cases.TeamMember;
import org.nadiya.links.AccessState;
import org.nadiya.links.HitNotice;
import org.nadiya.match.identifiers.IdentifierKind;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.NotVisibleException;
import org.nadiya.security.ReferenceData;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices of hits for the members of both teams: the hit found (each side), a request to open it (the side asked,
 * naming who asks) and the answer (the side that asked). Built from the hits and requests themselves, so nothing
 * can be missed or told twice; a per-user read mark hides what was read.
 */
@Service
class NoticeService {

    /** The most notices shown; older ones stay on the proceedings' hit pages. */
    static final int LIMIT = 30;

    private final NoticeStore store;
    private final HitStore hits;
    private final Proceedings proceedings;
    private final AuditLog audit;
    private final Clock clock;
    private final ReferenceData reference;

    NoticeService(NoticeStore store, HitStore hits, Proceedings proceedings, AuditLog audit, Clock clock,
                  ReferenceData reference) {
        this.reference = reference;
        this.store = store;
        this.hits = hits;
        this.proceedings = proceedings;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<HitNotice> notices(CurrentUser user) {
        Map<Long, String> mine = proceedings.teamProceedings(user);
        var notices = new ArrayList<HitNotice>();
        for (var e : store.events(user.id(), mine.keySet(), 1000)) {
            notice(e, mine).ifPresent(notices::add);
            if (notices.size() == LIMIT) {
                break;
            }
        }
        return notices;
    }

    private java.util.Optional<HitNotice> notice(NoticeStore.Event e, Map<Long, String> mine) {
        IdentifierKind kind = HitStore.NAME_KIND.equals(e.kind()) ? null : IdentifierKind.valueOf(e.kind());
        if (e.requestId() == null) {
            long own = mine.containsKey(e.proceedingA()) ? e.proceedingA() : e.proceedingB();
            return unread(e.foundAt(), e.seenAt()) ? java.util.Optional.of(new HitNotice(HitNotice.Type.NEW_HIT,
                    e.hitId(), own, mine.get(own), kind, null, null, null, e.foundAt())) : java.util.Optional.empty();
        }
        long asking = e.fromProceeding();
        long asked = e.other(asking);
        if (e.state() == AccessState.REQUESTED && mine.containsKey(asked)) {
            var who = member(asking, e.requestedBy());
            return java.util.Optional.of(new HitNotice(HitNotice.Type.ACCESS_REQUESTED, e.hitId(), asked,
                    mine.get(asked), kind, who.displayName(), agency(who), e.requestReason(), e.requestedAt()));
        }
        if (e.state() != AccessState.REQUESTED && mine.containsKey(asking) && unread(e.decidedAt(), e.seenAt())) {
            var who = member(asked, e.decidedBy());
            var type = e.state() == AccessState.ACCEPTED ? HitNotice.Type.ACCESS_ACCEPTED : HitNotice.Type.ACCESS_DECLINED;
            return java.util.Optional.of(new HitNotice(type, e.hitId(), asking, mine.get(asking), kind,
                    who.displayName(), agency(who), e.decisionReason(), e.decidedAt()));
        }
        return java.util.Optional.empty();
    }

    /**
     * Who asked or decided, as that team lists them; someone no longer on it still has the name they acted under in
     * the audit log, and is shown by user name here.
     */
    private TeamMember member(long proceedingId, String username) {
        return proceedings.access(proceedingId).orElseThrow().team().stream()
                .filter(m -> m.username().equals(username)).findFirst()
                .orElse(new TeamMember(0, username, username, null, null, null, null));
    }

    private org.nadiya.security.Agency agency(TeamMember member) {
        return member.agencyCode() == null ? null : reference.agency(member.agencyCode()).orElse(null);
    }

    private static boolean unread(Instant event, Instant seen) {
        return event != null && (seen == null || seen.isBefore(event));
    }

    @Transactional
    void markRead(CurrentUser user, long hitId) {
        var hit = hits.hit(hitId);
        var mine = proceedings.teamProceedings(user);
        if (hit.isEmpty() || !mine.containsKey(hit.get().proceedingA()) && !mine.containsKey(hit.get().proceedingB())) {
            audit.recordDenied(AuditEvent.denied("READ_REFUSED", "link_hit", hitId).by(user.username())
                    .with("hit notices of another team"));
            throw new NotVisibleException("link_hit", hitId);
        }
        store.markRead(user.id(), hitId, clock.instant());
        audit.record(AuditEvent.allowed("HIT_NOTICES_READ", "link_hit", hitId).by(user.username()));
    }
}
