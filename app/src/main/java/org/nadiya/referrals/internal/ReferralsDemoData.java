package org.nadiya.referrals.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.nadiya.demo.DemoContext;
import org.nadiya.demo.DemoContributor;
import org.nadiya.referrals.DeclineReason;
import org.nadiya.referrals.Priority;
import org.nadiya.referrals.ReferralOutcome;
import org.nadiya.referrals.ReferralStatus;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.UserAccount;
import org.nadiya.security.UserAdministration;
import org.nadiya.victims.ConsentGrant;
import org.nadiya.victims.ConsentScope;
import org.nadiya.victims.Consents;
import org.nadiya.victims.Identity;
import org.nadiya.victims.NewPerson;
import org.nadiya.victims.PersonKind;
import org.nadiya.victims.Persons;
import org.nadiya.victims.Recipient;
import org.nadiya.victims.ServiceType;
import org.nadiya.victims.Sex;
import org.springframework.stereotype.Component;

/**
 * Demo needs and referrals (all fictional): two persons registered by the demo coordinator (Vinnytska) with consent
 * to the demo NGO; referrals in every state, one overdue, and one person whose identity consent was withdrawn after
 * the referral was sent (the demo partner user sees her case details but no longer her identity).
 */
@Component
class ReferralsDemoData implements DemoContributor {

    static final String NGO = "NGO_DEMO_SVITANOK";
    static final String LEGAL_AID = "DEMO_LEGAL_AID_VN";

    private final ReferralService referrals;
    private final ReferralStore store;
    private final Persons persons;
    private final Consents consents;
    private final UserAdministration users;

    ReferralsDemoData(ReferralService referrals, ReferralStore store, Persons persons, Consents consents,
                      UserAdministration users) {
        this.referrals = referrals;
        this.store = store;
        this.persons = persons;
        this.consents = consents;
        this.users = users;
    }

    @Override
    public String name() {
        return "referrals.flow";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void contribute(DemoContext context) {
        CurrentUser coordinator = current(users.find("coordinator").orElseThrow());
        CurrentUser partner = current(users.find("partner").orElseThrow());
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Kyiv"));

        long maria = persons.register(coordinator, new NewPerson(PersonKind.VICTIM, Sex.FEMALE, "UA", "UA-05", Set.of(),
                false, new Identity("Вигадана", "Марія", "Направленівна", "Vyhadana Mariia", LocalDate.of(1995, 1, 9),
                        "+380 00 000 00 31", null, null, null, null), null, null));
        consents.give(coordinator, maria, grant(ConsentScope.SHARE_IDENTITY, Recipient.partner(NGO), today.minusDays(12)));
        consents.give(coordinator, maria, grant(ConsentScope.SHARE_CASE_DETAILS, Recipient.partner(NGO), today.minusDays(12)));
        consents.give(coordinator, maria, grant(ConsentScope.SHARE_CASE_DETAILS, Recipient.service(ServiceType.LEGAL_AID),
                today.minusDays(12)));

        // in progress at the demo NGO
        var psych = referrals.recordNeed(coordinator, maria, ServiceType.PSYCHOLOGICAL, Priority.URGENT);
        long inProgress = referrals.send(coordinator, psych.id(), NGO).id();
        referrals.changeStatus(partner, inProgress, ReferralStatus.ACCEPTED, null, null);
        referrals.changeStatus(partner, inProgress, ReferralStatus.IN_PROGRESS, null, null);
        // delivered by the demo NGO
        var humanitarian = referrals.recordNeed(coordinator, maria, ServiceType.HUMANITARIAN, Priority.NORMAL);
        long delivered = referrals.send(coordinator, humanitarian.id(), NGO).id();
        referrals.changeStatus(partner, delivered, ReferralStatus.ACCEPTED, null, null);
        referrals.changeStatus(partner, delivered, ReferralStatus.IN_PROGRESS, null, null);
        referrals.changeStatus(partner, delivered, ReferralStatus.DELIVERED, null, ReferralOutcome.SERVICE_DELIVERED);
        // sent to the legal aid centre 5 days ago, unanswered: overdue
        var legal = referrals.recordNeed(coordinator, maria, ServiceType.LEGAL_AID, Priority.HIGH);
        long overdue = referrals.send(coordinator, legal.id(), LEGAL_AID).id();
        store.backdate(overdue, java.time.Instant.now().minus(Duration.ofDays(5)));
        // declined by the legal aid centre (answered by the coordinator on the phone call's word), then closed
        var documents = referrals.recordNeed(coordinator, maria, ServiceType.DOCUMENTS, Priority.NORMAL);
        long declined = referrals.send(coordinator, documents.id(), LEGAL_AID).id();
        referrals.changeStatus(coordinator, declined, ReferralStatus.DECLINED, DeclineReason.NO_CAPACITY, null);
        long closed = referrals.send(coordinator, documents.id(), LEGAL_AID).id();
        referrals.changeStatus(coordinator, closed, ReferralStatus.ACCEPTED, null, null);
        referrals.changeStatus(coordinator, closed, ReferralStatus.CLOSED, null, ReferralOutcome.PERSON_UNREACHABLE);

        // consent withdrawn after sending: the NGO keeps the case details, loses the identity at once
        long sofia = persons.register(coordinator, new NewPerson(PersonKind.VICTIM, Sex.FEMALE, "UA", "UA-05", Set.of(),
                false, new Identity("Вигадана", "Софія", "Відкликанівна", "Vyhadana Sofiia", LocalDate.of(1990, 6, 21),
                        "+380 00 000 00 32", null, null, null, null), null, null));
        long identityConsent = consents.give(coordinator, sofia, grant(ConsentScope.SHARE_IDENTITY, Recipient.partner(NGO),
                today.minusDays(6)));
        consents.give(coordinator, sofia, grant(ConsentScope.SHARE_CASE_DETAILS, Recipient.partner(NGO), today.minusDays(6)));
        var social = referrals.recordNeed(coordinator, sofia, ServiceType.SOCIAL, Priority.HIGH);
        referrals.send(coordinator, social.id(), NGO);
        consents.withdraw(coordinator, sofia, identityConsent, today);
    }

    private static ConsentGrant grant(ConsentScope scope, Recipient recipient, LocalDate on) {
        return new ConsentGrant(scope, recipient, on, null, null);
    }

    private static CurrentUser current(UserAccount a) {
        return new CurrentUser(a.id(), a.username(), a.displayName(), a.roles(), a.agencyCode(), a.regionCode(),
                a.supervisor());
    }
}
