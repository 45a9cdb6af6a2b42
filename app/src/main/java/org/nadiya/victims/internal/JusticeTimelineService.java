package org.nadiya.victims.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.nadiya.cases.Proceedings;
import org.nadiya.security.CurrentUser;
import org.nadiya.victims.JusticeContact;
import org.nadiya.victims.JusticeTimeline;
import org.nadiya.victims.VictimSupport;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Interviews (their visibility check first) and the hearings of the person's proceedings, earliest first. */
@Service
class JusticeTimelineService implements JusticeTimeline {

    private final VictimSupport support;
    private final PersonStore store;
    private final Proceedings proceedings;

    JusticeTimelineService(VictimSupport support, PersonStore store, Proceedings proceedings) {
        this.support = support;
        this.store = store;
        this.proceedings = proceedings;
    }

    @Override
    @Transactional(readOnly = true)
    public List<JusticeContact> of(CurrentUser user, long personId) {
        List<JusticeContact> contacts = new ArrayList<>();
        support.interviews(user, personId).forEach(i -> contacts.add(new JusticeContact(i.scheduledOn(),
                JusticeContact.Kind.INTERVIEW, i.id(), null, i.purpose().name())));
        proceedings.hearingsOf(store.proceedingIds(personId)).forEach(h -> contacts.add(new JusticeContact(h.heldOn(),
                JusticeContact.Kind.HEARING, null, h.proceedingId(), h.court())));
        contacts.sort(Comparator.comparing(JusticeContact::on).thenComparing(JusticeContact::kind));
        return contacts;
    }
}
