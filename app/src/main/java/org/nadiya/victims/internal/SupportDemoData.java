package org.nadiya.victims.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.nadiya.demo.DemoContext;
import org.nadiya.demo.DemoContributor;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.Role;
import org.nadiya.security.UserAccount;
import org.nadiya.security.UserAdministration;
import org.nadiya.victims.AgeGroup;
import org.nadiya.victims.InterviewPlan;
import org.nadiya.victims.InterviewPurpose;
import org.nadiya.victims.InterviewStatus;
import org.nadiya.victims.NewRisk;
import org.nadiya.victims.PersonKind;
import org.nadiya.victims.PersonRow;
import org.nadiya.victims.Persons;
import org.nadiya.victims.RiskLevel;
import org.nadiya.victims.StatusDecision;
import org.nadiya.victims.VictimSupport;
import org.springframework.stereotype.Component;

/**
 * Fictional support records for the Vinnytska demo persons, written by the demo coordinator: a recorded testimony
 * and a court hearing planned over it; the child's interview planned over a warning (no legal representative)
 * with a reason; a cancelled interview; a risk whose review is overdue and one that is current (for the person
 * with no proceeding); status applications pending past the one-month deadline, granted and expiring within 30
 * days, granted recently, and refused and appealed.
 */
@Component
class SupportDemoData implements DemoContributor {

    private final Persons persons;
    private final VictimSupport support;
    private final UserAdministration users;
    private final PersonService service;

    SupportDemoData(Persons persons, VictimSupport support, UserAdministration users, PersonService service) {
        this.persons = persons;
        this.support = support;
        this.users = users;
        this.service = service;
    }

    @Override
    public String name() {
        return "victims.support";
    }

    @Override
    public int order() {
        return 250;
    }

    @Override
    public void contribute(DemoContext context) {
        CurrentUser coordinator = current(users.find("coordinator").orElseThrow());
        var admin = users.find("admin").orElseThrow();
        var asAdmin = new CurrentUser(admin.id(), "system:demo", "Demo", Set.of(Role.ADMIN), admin.agencyCode(), "UA", false);
        List<PersonRow> rows = persons.list(asAdmin, 0, 200).rows().stream().filter(r -> "UA-05".equals(r.regionCode()))
                .sorted(Comparator.comparingLong(PersonRow::id)).toList();
        Predicate<PersonRow> adult = r -> !r.ageGroup().child();
        Predicate<PersonRow> linked = r -> !persons.open(asAdmin, r.id()).participations().isEmpty();
        long olena = find(rows, r -> r.kind() == PersonKind.VICTIM && "UA".equals(r.citizenship()) && adult.test(r)
                && !r.crsv() && linked.test(r));
        long iryna = find(rows, r -> r.kind() == PersonKind.VICTIM_WITNESS);
        long child = find(rows, r -> r.ageGroup() == AgeGroup.AGE_14_17);
        long supportOnly = find(rows, r -> r.kind() == PersonKind.VICTIM && adult.test(r) && !linked.test(r));
        long moldova = find(rows, r -> "MD".equals(r.citizenship()));
        LocalDate today = service.today();

        var recorded = support.planInterview(coordinator, olena, new InterviewPlan(today.minusDays(45),
                "Національна поліція, слідчий (вигадано)", InterviewPurpose.INTERROGATION, true, true, false, true, null));
        support.recordOutcome(coordinator, olena, recorded.id(), InterviewStatus.DONE, 70, true);
        support.planInterview(coordinator, olena, new InterviewPlan(today.plusDays(12), "Вінницький міський суд (вигадано)",
                InterviewPurpose.COURT_HEARING, false, true, false, false,
                "Суд не прийняв відеозапис без безпосереднього допиту; координатор супроводжує (вигадано)"));

        support.planInterview(coordinator, child, new InterviewPlan(today.plusDays(5),
                "Ювенальна прокуратура, прокурор (вигадано)", InterviewPurpose.INTERROGATION, true, true, false, true,
                "Законна представниця недоступна; присутня представниця служби у справах дітей (вигадано)"));

        var cancelled = support.planInterview(coordinator, iryna, new InterviewPlan(today.minusDays(10),
                "Національна поліція, оперативний працівник (вигадано)", InterviewPurpose.OPERATIVE_SURVEY, false, true,
                false, false, null));
        support.recordOutcome(coordinator, iryna, cancelled.id(), InterviewStatus.CANCELLED, null, null);

        support.assessRisk(coordinator, iryna, new NewRisk(RiskLevel.HIGH,
                "Родич підозрюваного телефонує та погрожує (вигадано)", "Зміна номера телефону; супровід до суду (вигадано)",
                today.minusDays(60), today.minusDays(5)));
        support.assessRisk(coordinator, supportOnly, new NewRisk(RiskLevel.MEDIUM,
                "Колишній роботодавець шукає особу через знайомих (вигадано)", "Проживання у притулку (вигадано)",
                today.minusDays(3), today.plusMonths(2)));

        support.applyForStatus(coordinator, olena, today.minusDays(60), today.minusDays(40), "RSA-05");
        LocalDate decided = today.minusYears(2).plusDays(20);
        long expiring = support.applyForStatus(coordinator, supportOnly, decided.minusDays(45), decided.minusDays(25),
                "RSA-05");
        support.decideStatus(coordinator, supportOnly, expiring, StatusDecision.GRANTED, decided, null);
        long granted = support.applyForStatus(coordinator, iryna, today.minusDays(50), today.minusDays(35), "RSA-05");
        support.decideStatus(coordinator, iryna, granted, StatusDecision.GRANTED, today.minusDays(10), null);
        long refused = support.applyForStatus(coordinator, moldova, today.minusDays(90), today.minusDays(75), "RSA-05");
        support.decideStatus(coordinator, moldova, refused, StatusDecision.REFUSED, today.minusDays(50), null);
        support.appealStatus(coordinator, moldova, refused, today.minusDays(30),
                "Вінницький окружний адміністративний суд (вигадано)", null);
    }

    private static long find(List<PersonRow> rows, Predicate<PersonRow> test) {
        return rows.stream().filter(test).findFirst().map(PersonRow::id)
                .orElseThrow(() -> new IllegalStateException("demo person not found"));
    }

    private static CurrentUser current(UserAccount a) {
        return new CurrentUser(a.id(), a.username(), a.displayName(), a.roles(), a.agencyCode(), a.regionCode(),
                a.supervisor());
    }
}
