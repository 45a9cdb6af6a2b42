package org.nadiya.victims.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.cases.Proceedings;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.NeedToKnow;
import org.nadiya.security.ReferenceData;
import org.nadiya.security.Role;
import org.nadiya.victims.AgeBand;
import org.nadiya.victims.AgeGroup;
import org.nadiya.victims.Identity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a registered person: the non-identifying data, the identity (re-encrypted; the age group, the CTDC band
 * and the name index recomputed in the same transaction) and the removal of a participation. Each needs a reason and
 * is audited with the names of the fields that changed, never their values. Who may change: those who manage the
 * person (coordinators who see it, the team's prosecutor and investigator); anyone else gets the person's 404 or a
 * 403, audited.
 */
@Service
class PersonEdits {

    private static final String ENTITY = "person";

    private final PersonService persons;
    private final PersonStore store;
    private final PersonNameIndex nameIndex;
    private final ReferenceData reference;
    private final Proceedings proceedings;
    private final NeedToKnow needToKnow;
    private final AuditLog audit;

    PersonEdits(PersonService persons, PersonStore store, PersonNameIndex nameIndex, ReferenceData reference,
                Proceedings proceedings, NeedToKnow needToKnow, AuditLog audit) {
        this.persons = persons;
        this.store = store;
        this.nameIndex = nameIndex;
        this.reference = reference;
        this.proceedings = proceedings;
        this.needToKnow = needToKnow;
        this.audit = audit;
    }

    /** Changes the non-identifying data; returns the names of the fields that changed (none: nothing written). */
    @Transactional
    List<String> change(CurrentUser user, long id, PersonChange change, String reason) {
        var core = persons.visibleForSupport(user, id, true, "PERSON_CHANGE_REFUSED");
        String why = reason(reason);
        store.lock(id);
        core = store.core(id).orElseThrow();
        var forms = store.forms(id);
        String region = core.regionCode();
        if (change.regionCode() != null && !change.regionCode().isBlank()) {
            region = change.regionCode().trim();
            if (reference.region(region).isEmpty() || CurrentUser.CENTRAL.equals(region)) {
                throw new InvalidInputException("regionCode", "error.victims.region.choose");
            }
        }
        String citizenship = change.citizenship() == null ? core.citizenship() : IdentityRules.citizenship(change.citizenship());
        var kind = change.kind() == null ? core.kind() : change.kind();
        var sex = change.sex() == null ? core.sex() : change.sex();
        boolean crsv = change.crsv() == null ? core.crsv() : change.crsv();
        var newForms = change.exploitationForms() == null ? forms : change.exploitationForms().isEmpty()
                ? EnumSet.noneOf(org.nadiya.cases.ExploitationForm.class) : EnumSet.copyOf(change.exploitationForms());
        List<String> changed = new ArrayList<>();
        differs(changed, "kind", core.kind(), kind);
        differs(changed, "sex", core.sex(), sex);
        differs(changed, "citizenship", core.citizenship(), citizenship);
        differs(changed, "regionCode", core.regionCode(), region);
        differs(changed, "crsv", core.crsv(), crsv);
        differs(changed, "exploitationForms", forms, newForms);
        if (changed.isEmpty()) {
            return changed;
        }
        store.updateCore(id, kind, sex, citizenship, region, crsv);
        store.setForms(id, newForms);
        audit.record(AuditEvent.allowed("PERSON_CHANGED", ENTITY, id).by(user.username()).because(why)
                .with(core.pseudonym() + ": " + String.join(", ", changed)));
        return changed;
    }

    /**
     * Changes the identity; returns the names of the fields that changed. A changed date of birth recomputes the age
     * group and the CTDC band (on the day of registration, as at registration); a changed name re-indexes the person
     * for name hits and tells the links module to look again, after the commit. Saving also confirms the name's
     * parts (decision 0043).
     */
    @Transactional
    List<String> changeIdentity(CurrentUser user, long id, IdentityChange change, String reason) {
        var core = persons.visibleForSupport(user, id, true, "IDENTITY_CHANGE_REFUSED");
        String why = reason(reason);
        store.lock(id);
        Identity current = persons.decrypt(core);
        Identity next = IdentityRules.check(change.applyTo(current), persons.today());
        List<String> changed = new ArrayList<>();
        List<String> names = List.of("familyName", "givenName", "patronymic", "nameLatin");
        differs(changed, "familyName", current.familyName(), next.familyName());
        differs(changed, "givenName", current.givenName(), next.givenName());
        differs(changed, "patronymic", current.patronymic(), next.patronymic());
        differs(changed, "nameLatin", current.nameLatin(), next.nameLatin());
        differs(changed, "birthDate", current.birthDate(), next.birthDate());
        differs(changed, "phone", current.phone(), next.phone());
        differs(changed, "address", current.address(), next.address());
        differs(changed, "documents", current.documents(), next.documents());
        differs(changed, "representativeName", current.representativeName(), next.representativeName());
        differs(changed, "representativeContact", current.representativeContact(), next.representativeContact());
        store.confirmNameParts(id);
        if (changed.isEmpty()) {
            return changed;
        }
        store.writeIdentity(id, persons.seal(core.pseudonym(), next));
        if (changed.contains("birthDate")) {
            store.setAgeGroup(id, AgeGroup.of(next.birthDate(), core.registeredOn()));
            store.setAgeBand(id, AgeBand.of(next.birthDate(), core.registeredOn()));
        }
        if (changed.stream().anyMatch(names::contains)) {
            nameIndex.index(id, next.fullName(), next.nameLatin());
            nameIndex.changed(id);
        }
        audit.record(AuditEvent.allowed("IDENTITY_CHANGED", ENTITY, id).by(user.username()).because(why)
                .with(core.pseudonym() + ": " + String.join(", ", changed)));
        return changed;
    }

    /**
     * Ends the person's participation in a proceeding: coordinators who manage the person, case workers who also see
     * the proceeding. The person's own records stay; who sees the person through that proceeding no longer does.
     */
    @Transactional
    void unlink(CurrentUser user, long id, long proceedingId, String reason) {
        var core = persons.visibleForSupport(user, id, true, "PARTICIPATION_REFUSED");
        boolean coordinator = user.has(Role.COORDINATOR) && !PersonAccess.excluded(user);
        var proceeding = proceedings.access(proceedingId).orElse(null);
        if (!coordinator && (proceeding == null || !needToKnow.canSee(user, proceeding))) {
            audit.recordDenied(AuditEvent.denied("PARTICIPATION_REFUSED", ENTITY, id).by(user.username())
                    .with(core.pseudonym() + ": proceeding " + proceedingId + " not seen"));
            throw new AccessDeniedException("only the proceeding's team or a coordinator ends a participation");
        }
        String why = reason(reason);
        if (!store.removeParticipation(id, proceedingId)) {
            throw new InvalidInputException("proceedingId", "error.victims.proceeding.notLinked");
        }
        audit.record(AuditEvent.allowed("PARTICIPATION_REMOVED", ENTITY, id).by(user.username()).because(why)
                .with(core.pseudonym() + " from proceeding " + proceedingId));
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank() || reason.trim().length() > 1000) {
            throw new InvalidInputException("reason", "error.victims.change.reason");
        }
        return reason.trim();
    }

    private static <T> void differs(List<String> changed, String field, T before, T after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }
}
