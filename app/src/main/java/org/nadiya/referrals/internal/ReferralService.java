package org.nadiya.referrals.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.referrals.DeclineReason;
import org.nadiya.referrals.Disclosure;
import org.nadiya.referrals.Need;
import org.nadiya.referrals.NeedStatus;
import org.nadiya.referrals.Partner;
import org.nadiya.referrals.PartnerDirectory;
import org.nadiya.referrals.Priority;
import org.nadiya.referrals.Referral;
import org.nadiya.referrals.ReferralOutcome;
import org.nadiya.referrals.ReferralStatus;
import org.nadiya.referrals.Referrals;
import org.nadiya.referrals.StageNotification;
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.kernel.Text;
import org.nadiya.security.NotVisibleException;
import org.nadiya.security.Role;
import org.nadiya.victims.ConsentScope;
import org.nadiya.victims.Consents;
import org.nadiya.victims.PartnerDisclosure;
import org.nadiya.victims.Persons;
import org.nadiya.victims.Recipient;
import org.nadiya.victims.ServiceType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of needs and referrals. Who sees a person is the victims module's decision ({@link Persons}); what a
 * partner may read is the person's consent ({@link Consents#allows}), checked when sending and again on every
 * partner read. A referral stores no identity: only the person's id and which parts the consent covered at sending.
 */
@Service
class ReferralService implements Referrals {

    static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    private final ReferralStore store;
    private final Persons persons;
    private final Consents consents;
    private final PartnerDirectory directory;
    private final org.nadiya.security.UserAdministration users;
    private final AuditLog audit;
    private final Clock clock;
    private final int answerDays;
    private final InformDuty informDuty;

    ReferralService(ReferralStore store, Persons persons, Consents consents, PartnerDirectory directory,
                    org.nadiya.security.UserAdministration users, AuditLog audit, Clock clock,
                    @Value("${nadiya.referrals.answer-days:3}") int answerDays, InformDuty informDuty) {
        this.informDuty = informDuty;
        this.users = users;
        if (answerDays < 1) {
            throw new IllegalArgumentException("nadiya.referrals.answer-days must be at least 1");
        }
        this.store = store;
        this.persons = persons;
        this.consents = consents;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
        this.answerDays = answerDays;
    }

    // ---- who is asking

    private static boolean partner(CurrentUser user) {
        return user.has(Role.PARTNER);
    }

    /** Coordinators only (a partner or researcher role excludes, as in the victims module). */
    private void requireCoordinator(CurrentUser user, String what) {
        if (!user.has(Role.COORDINATOR) || partner(user) || user.has(Role.RESEARCHER)) {
            audit.recordDenied(AuditEvent.denied("REFERRAL_REFUSED", "referral", null).by(user.username())
                    .with(what + ": coordinators only"));
            throw new AccessDeniedException(what + " is for coordinators");
        }
    }

    private void requireCoordinatorOrPartner(CurrentUser user, String what) {
        boolean partnerUser = partner(user) && user.agencyCode() != null;
        if (!partnerUser) {
            requireCoordinator(user, what);
        }
    }

    // ---- needs

    @Override
    @Transactional
    public Need recordNeed(CurrentUser user, long personId, ServiceType category, Priority priority) {
        requireCoordinator(user, "recording needs");
        var person = persons.open(user, personId);
        if (category == null) {
            throw new InvalidInputException("category", "error.referrals.category.choose");
        }
        long id = store.insertNeed(personId, category, priority == null ? Priority.NORMAL : priority,
                LocalDate.now(clock.withZone(KYIV)), user.username(), clock.instant());
        audit.record(AuditEvent.allowed("NEED_RECORDED", "need", id).by(user.username())
                .with(person.pseudonym() + ": " + category + ", " + (priority == null ? Priority.NORMAL : priority)));
        return store.need(id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Need> needs(CurrentUser user, long personId) {
        requireCoordinator(user, "reading needs");
        seen(user, personId, "need", personId);
        return store.needsOf(personId);
    }

    @Override
    @Transactional
    public Need setNeedStatus(CurrentUser user, long needId, NeedStatus status) {
        requireCoordinator(user, "changing needs");
        var need = visibleNeed(user, needId);
        if (status == null) {
            throw new InvalidInputException("status", "error.referrals.needStatus.choose");
        }
        store.setNeedStatus(needId, status, clock.instant());
        audit.record(AuditEvent.allowed("NEED_RECORDED", "need", needId).by(user.username())
                .with("status " + need.status() + " -> " + status));
        return store.need(needId).orElseThrow();
    }

    private Need visibleNeed(CurrentUser user, long needId) {
        var need = store.need(needId).orElse(null);
        if (need == null || !persons.canSee(user, need.personId())) {
            refuse(user, "need", needId);
        }
        return need;
    }

    private void seen(CurrentUser user, long personId, String entity, Object id) {
        if (!persons.canSee(user, personId)) {
            refuse(user, entity, id);
        }
    }

    private void refuse(CurrentUser user, String entity, Object id) {
        audit.recordDenied(AuditEvent.denied("READ_REFUSED", entity, id).by(user.username())
                .with("no such record or outside the access rules"));
        throw new NotVisibleException(entity, id);
    }

    // ---- sending

    @Override
    @Transactional(readOnly = true)
    public List<Partner> candidates(CurrentUser user, long needId) {
        requireCoordinator(user, "choosing partners");
        var need = visibleNeed(user, needId);
        var person = persons.open(user, need.personId());
        return directory.find(user, need.category(), person.regionCode());
    }

    @Override
    @Transactional(readOnly = true)
    public Disclosure preview(CurrentUser user, long needId, String partnerCode) {
        requireCoordinator(user, "previewing a referral");
        var need = visibleNeed(user, needId);
        var partner = partnerFor(user, need, partnerCode);
        return disclosure(need.personId(), partner.agencyCode(), need.category());
    }

    private Disclosure disclosure(long personId, String partnerCode, ServiceType service) {
        return new Disclosure(partnerCode, allowed(personId, ConsentScope.SHARE_IDENTITY, partnerCode, service),
                allowed(personId, ConsentScope.SHARE_CASE_DETAILS, partnerCode, service));
    }

    /** The consent check: to the named organisation, or to any provider of the service. */
    private boolean allowed(long personId, ConsentScope scope, String partnerCode, ServiceType service) {
        return consents.allows(personId, scope, Recipient.partner(partnerCode))
                || consents.allows(personId, scope, Recipient.service(service));
    }

    private Partner partnerFor(CurrentUser user, Need need, String partnerCode) {
        if (partnerCode == null || partnerCode.isBlank()) {
            throw new InvalidInputException("partnerCode", "error.referrals.partner.choose");
        }
        var partner = directory.get(user, partnerCode.trim().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new InvalidInputException("partnerCode", "error.referrals.partner.unknown"));
        if (!partner.services().contains(need.category())) {
            throw new InvalidInputException("partnerCode", "error.referrals.partner.noService", Text.label("serviceType", need.category()));
        }
        return partner;
    }

    @Override
    @Transactional
    public Referral send(CurrentUser user, long needId, String partnerCode) {
        requireCoordinator(user, "sending referrals");
        var need = visibleNeed(user, needId);
        if (need.status() == NeedStatus.MET || need.status() == NeedStatus.CLOSED) {
            throw new InvalidInputException("needId", "error.referrals.need.notOpen", Text.label("needStatus", need.status()));
        }
        var partner = partnerFor(user, need, partnerCode);
        var person = persons.open(user, need.personId());
        if (!partner.covers(person.regionCode())) {
            throw new InvalidInputException("partnerCode", "error.referrals.partner.notInRegion");
        }
        var shared = disclosure(need.personId(), partner.agencyCode(), need.category());
        long id = store.insertReferral(need, partner.agencyCode(), shared.identity(), shared.caseDetails(),
                user.username(), clock.instant());
        if (need.status() == NeedStatus.OPEN) {
            store.setNeedStatus(needId, NeedStatus.IN_PROGRESS, clock.instant());
        }
        audit.record(AuditEvent.allowed("REFERRAL_SENT", "referral", id).by(user.username())
                .with(person.pseudonym() + " to " + partner.agencyCode() + " for " + need.category() + "; shared: identity="
                        + shared.identity() + ", case details=" + shared.caseDetails()));
        return view(store.referral(id).orElseThrow(), null, false);
    }

    // ---- reading

    @Override
    @Transactional(readOnly = true)
    public List<Referral> list(CurrentUser user) {
        requireCoordinatorOrPartner(user, "reading referrals");
        if (partner(user)) {
            var rows = store.forPartner(user.agencyCode());
            audit.record(AuditEvent.allowed("REFERRAL_READ", "referral", null).by(user.username())
                    .with("list of " + rows.size() + " for " + user.agencyCode()));
            return rows.stream().map(r -> view(r, null, true)).toList();
        }
        var rows = store.all();
        var visible = persons.visibleAmong(user, rows.stream().map(ReferralStore.Row::personId).toList());
        return rows.stream().filter(r -> visible.contains(r.personId())).map(r -> view(r, null, false)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Referral> ofPerson(CurrentUser user, long personId) {
        requireCoordinator(user, "reading referrals");
        seen(user, personId, "referral", "person " + personId);
        return store.ofPerson(personId).stream().map(r -> view(r, null, false)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Referral get(CurrentUser user, long id) {
        requireCoordinatorOrPartner(user, "reading referrals");
        var row = visibleReferral(user, id);
        var contact = contact(row);
        if (!partner(user)) {
            return withContact(view(row, null, false), contact);
        }
        var requested = EnumSet.noneOf(ConsentScope.class);
        if (row.sentIdentity()) {
            requested.add(ConsentScope.SHARE_IDENTITY);
        }
        if (row.sentCaseDetails()) {
            requested.add(ConsentScope.SHARE_CASE_DETAILS);
        }
        PartnerDisclosure shared = requested.isEmpty() ? PartnerDisclosure.NOTHING
                : persons.forPartner(user, row.personId(), row.service(), requested, "referral " + id);
        audit.record(AuditEvent.allowed("REFERRAL_READ", "referral", id).by(user.username())
                .with(user.agencyCode() + "; shown: identity=" + (shared.identity() != null) + ", case details="
                        + (shared.caseDetails() != null)));
        return withContact(view(row, shared, true), contact);
    }

    /** The person's responsible coordinator, else the coordinator who sent the referral: name and work e-mail. */
    private Referral.Contact contact(ReferralStore.Row row) {
        String username = persons.coordinatorOf(row.personId()).orElse(row.sentBy());
        return users.find(username).map(a -> new Referral.Contact(a.displayName(), a.email()))
                .orElse(new Referral.Contact(null, null));
    }

    private static Referral withContact(Referral r, Referral.Contact contact) {
        return new Referral(r.id(), r.needId(), r.personId(), r.partnerCode(), r.service(), r.status(),
                r.sentIdentity(), r.sentCaseDetails(), r.sentAt(), r.sentBy(), r.answeredAt(), r.declineReason(),
                r.outcome(), r.overdue(), r.shared(), r.priority(), contact);
    }

    /** The referral if addressed to the partner's organisation, or of a person the coordinator sees; else 404. */
    private ReferralStore.Row visibleReferral(CurrentUser user, long id) {
        var row = store.referral(id).orElse(null);
        boolean visible = row != null && (partner(user) ? row.partnerCode().equals(user.agencyCode())
                : persons.canSee(user, row.personId()));
        if (!visible) {
            refuse(user, "referral", id);
        }
        return row;
    }

    private Referral view(ReferralStore.Row r, PartnerDisclosure shared, boolean forPartner) {
        boolean overdue = r.status() == ReferralStatus.SENT
                && r.sentAt().plus(Duration.ofDays(answerDays)).isBefore(clock.instant());
        return new Referral(r.id(), forPartner ? null : r.needId(), forPartner ? null : r.personId(), r.partnerCode(),
                r.service(), r.status(), r.sentIdentity(), r.sentCaseDetails(), r.sentAt(), r.sentBy(), r.answeredAt(),
                r.declineReason(), r.outcome(), overdue, shared, r.priority(), null);
    }

    // ---- lifecycle

    @Override
    @Transactional
    public Referral changeStatus(CurrentUser user, long id, ReferralStatus status, DeclineReason reason,
                                 ReferralOutcome outcome) {
        requireCoordinatorOrPartner(user, "changing referrals");
        var row = visibleReferral(user, id);
        if (status == null) {
            throw new InvalidInputException("status", "error.referrals.status.choose");
        }
        if (!row.status().canMoveTo(status)) {
            audit.recordDenied(AuditEvent.denied("REFERRAL_STATUS", "referral", id).by(user.username())
                    .with(row.status() + " -> " + status + " is not allowed"));
            throw new InvalidInputException("status", "error.referrals.status.transition", Text.label("referralStatus", row.status()), Text.label("referralStatus", status), Text.labels("referralStatus", row.status().next()));
        }
        if (status == ReferralStatus.DECLINED && reason == null) {
            throw new InvalidInputException("declineReason", "error.referrals.declineReason.required");
        }
        if ((status == ReferralStatus.DELIVERED || status == ReferralStatus.CLOSED) && outcome == null) {
            throw new InvalidInputException("outcome", "error.referrals.outcome.required");
        }
        boolean answer = row.status() == ReferralStatus.SENT;
        if (!store.move(id, row.status(), status, status == ReferralStatus.DECLINED ? reason : null,
                status == ReferralStatus.DELIVERED || status == ReferralStatus.CLOSED ? outcome : null, answer,
                user.username(), clock.instant())) {
            throw new InvalidInputException("status", "error.referrals.status.changed");
        }
        audit.record(AuditEvent.allowed("REFERRAL_STATUS", "referral", id).by(user.username())
                .with(row.status() + " -> " + status + (reason == null ? "" : ", " + reason)
                        + (outcome == null ? "" : ", " + outcome)));
        return view(store.referral(id).orElseThrow(), null, partner(user));
    }

    // ---- notifications

    @Override
    @Transactional(readOnly = true)
    public List<StageNotification> notifications(CurrentUser user) {
        requireCoordinator(user, "reading notifications");
        return informDuty.pending(user);
    }

    @Override
    @Transactional
    public void inform(CurrentUser user, long notificationId, org.nadiya.referrals.InformChannel how, LocalDate on) {
        requireCoordinator(user, "recording that a person was informed");
        informDuty.inform(user, notificationId, how, on);
    }

    int answerDays() {
        return answerDays;
    }
}
