package org.nadiya.cooperation.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.nadiya.cases.ProceedingFilter;
import org.nadiya.cases.ProceedingRow;
import org.nadiya.cases.Proceedings;
import org.nadiya.cooperation.Direction;
import org.nadiya.cooperation.RequestDraft;
import org.nadiya.cooperation.RequestKind;
import org.nadiya.cooperation.RequestPerson;
import org.nadiya.cooperation.RequestStatus;
import org.nadiya.cooperation.Translation;
import org.nadiya.demo.DemoContext;
import org.nadiya.demo.DemoContributor;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.UserAccount;
import org.nadiya.security.UserAdministration;
import org.nadiya.victims.Persons;
import org.springframework.stereotype.Component;

/**
 * Four fictional requests on the demo prosecutor's Vinnytska proceeding with the most linked persons: the MLA
 * request to Poland named in a victim's disclosure override (so its draft shows her name and the others' pseudonyms),
 * an overdue one to Moldova, an executed Europol message and an incoming request from Germany being executed.
 */
@Component
class CooperationDemoData implements DemoContributor {

    private final CooperationService cooperation;
    private final Proceedings proceedings;
    private final Persons persons;
    private final UserAdministration users;

    CooperationDemoData(CooperationService cooperation, Proceedings proceedings, Persons persons, UserAdministration users) {
        this.cooperation = cooperation;
        this.proceedings = proceedings;
        this.persons = persons;
        this.users = users;
    }

    @Override
    public String name() {
        return "cooperation.requests";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void contribute(DemoContext context) {
        CurrentUser prosecutor = current(users.find("prosecutor").orElseThrow());
        long proceeding = proceedings.search(prosecutor, new ProceedingFilter("UA-05", null, null, null, null, null, null,
                        null, null, 0, 200)).rows().stream().map(ProceedingRow::id)
                .max(Comparator.comparingInt((Long id) -> persons.linkedTo(id).size()).thenComparing(id -> -id))
                .orElseThrow();
        List<RequestPerson> linked = cooperation.candidates(prosecutor, proceeding);
        List<String> all = linked.stream().map(RequestPerson::pseudonym).toList();
        List<String> moldovan = linked.stream().filter(p -> "MD".equals(persons.open(prosecutor, p.personId()).citizenship()))
                .map(RequestPerson::pseudonym).toList();
        LocalDate today = cooperation.today();

        long poland = cooperation.create(prosecutor, new RequestDraft("MLA-DEMO-2025/07", Direction.OUTGOING,
                RequestKind.MUTUAL_LEGAL_ASSISTANCE, "PL", "Prokuratura Krajowa (fictional)", "MLA_1959",
                Set.of("BANK_RECORDS", "VIDEO_HEARING"), proceeding, all,
                "Вигаданий запит: виписки за рахунками вербувальника і допит свідка у режимі відеоконференції", "pl",
                Translation.IN_PROGRESS, today.minusDays(12), null));
        cooperation.advance(prosecutor, poland, RequestStatus.APPROVED, today.minusDays(10), null);

        long moldova = cooperation.create(prosecutor, new RequestDraft("MLA-DEMO-2025/03", Direction.OUTGOING,
                RequestKind.MUTUAL_LEGAL_ASSISTANCE, "MD", "Procuratura Republicii Moldova (fictional)", "MLA_1959",
                Set.of("SUBSCRIBER_DATA", "IDENTIFICATION"), proceeding, moldovan,
                "Вигаданий запит: дані абонентів, з яких надходили пропозиції «роботи»", "ro", Translation.DONE,
                today.minusDays(130), today.minusDays(30)));
        cooperation.advance(prosecutor, moldova, RequestStatus.APPROVED, today.minusDays(125), null);
        cooperation.advance(prosecutor, moldova, RequestStatus.SENT, today.minusDays(120), null);
        cooperation.advance(prosecutor, moldova, RequestStatus.RECEIVED, today.minusDays(100), null);
        cooperation.addFollowUp(prosecutor, moldova, today.minusDays(20), "Нагадування через контактну особу (вигадане)");

        long europol = cooperation.create(prosecutor, new RequestDraft("SIENA-DEMO-0412", Direction.OUTGOING,
                RequestKind.EUROPOL_SIENA, "NL", "Europol (fictional contact point)", "EUROPOL_2016",
                Set.of("INFORMATION_EXCHANGE"), proceeding, List.of(),
                "Вигадане повідомлення: перевірка номерів телефонів вербувальників", "en", Translation.DONE,
                today.minusDays(60), today.minusDays(30)));
        cooperation.advance(prosecutor, europol, RequestStatus.APPROVED, today.minusDays(60), null);
        cooperation.advance(prosecutor, europol, RequestStatus.SENT, today.minusDays(59), null);
        cooperation.advance(prosecutor, europol, RequestStatus.EXECUTED, today.minusDays(40), null);

        long incoming = cooperation.create(prosecutor, new RequestDraft("DE-DEMO-2025-118", Direction.INCOMING,
                RequestKind.MUTUAL_LEGAL_ASSISTANCE, "DE", "Staatsanwaltschaft (fictional)", "MLA_1959",
                Set.of("WITNESS_HEARING"), proceeding, List.of(),
                "Вигаданий вхідний запит: допит свідка в Україні", "de", Translation.NEEDED,
                today.minusDays(15), today.plusDays(45)));
        cooperation.advance(prosecutor, incoming, RequestStatus.RECEIVED, today.minusDays(14), null);
    }

    private static CurrentUser current(UserAccount a) {
        return new CurrentUser(a.id(), a.username(), a.displayName(), a.roles(), a.agencyCode(), a.regionCode(),
                a.supervisor());
    }
}
