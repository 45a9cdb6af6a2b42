package org.nadiya.cases.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.nadiya.cases.DeadlineExtension;
import org.nadiya.cases.ExploitationForm;
import org.nadiya.cases.InvestigativeBody;
import org.nadiya.cases.LegalQualification;
import org.nadiya.cases.ProceedingDraft;
import org.nadiya.cases.Stage;
import org.nadiya.cases.TeamRole;
import org.nadiya.demo.DemoContext;
import org.nadiya.demo.DemoContributor;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.Role;
import org.nadiya.security.UserAdministration;
import org.springframework.stereotype.Component;

/**
 * Three dozen fictional proceedings across the ten regions of the 2025 trainings, at every stage, under
 * Art. 149 parts 1–3 and related articles; one with an SBI investigation because the suspect is a police
 * officer; some CRSV and transnational; some with deadlines about to run out or overdue. The demo prosecutor
 * and investigator (Vinnytska) are on the team of some Vinnytska proceedings and not of others.
 */
@Component
class CasesDemoData implements DemoContributor {

    static final List<String> REGIONS = List.of("UA-05", "UA-46", "UA-53", "UA-56", "UA-71", "UA-07", "UA-21",
            "UA-26", "UA-61", "UA-68");
    private static final String[] SCHEMES = {
        "Вербування через оголошення про «роботу на складі» за кордоном; у потерпілих відібрали паспорти",
        "Примусове жебракування дітей у групі, яку перевозили між містами",
        "Вербування жінок через месенджер під виглядом роботи моделями; сексуальна експлуатація",
        "Примусова праця на будівництві з «боргом» за дорогу і житло",
        "Залучення підлітків до збуту наркотиків через канал з «легким заробітком»",
        "Пропозиції «волонтерів» житла і транспорту для переселенців із подальшою експлуатацією",
    };

    private final ProceedingService proceedings;
    private final UserAdministration users;

    CasesDemoData(ProceedingService proceedings, UserAdministration users) {
        this.proceedings = proceedings;
        this.users = users;
    }

    @Override
    public String name() {
        return "cases.proceedings";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void contribute(DemoContext context) {
        var admin = users.find("admin").orElseThrow();
        var loader = new CurrentUser(admin.id(), "system:demo", "Demo", Set.of(Role.ADMIN), admin.agencyCode(), "UA", false);
        var random = new Random(149);
        LocalDate today = proceedings.today();
        for (int i = 0; i < 36; i++) {
            String region = REGIONS.get(i % REGIONS.size());
            int part = 1 + i % 3;
            boolean crsv = i % 9 == 4;
            boolean transnational = i % 4 == 1;
            boolean sbi = i == 7;
            var qualifications = new java.util.ArrayList<>(List.of(new LegalQualification("149", part)));
            if (i % 5 == 2) {
                qualifications.add(new LegalQualification("303", 3));
            }
            if (transnational && i % 8 == 1) {
                qualifications.add(new LegalQualification("332", 1));
            }
            Set<ExploitationForm> forms = switch (i % 4) {
                case 0 -> Set.of(ExploitationForm.FORCED_LABOUR);
                case 1 -> Set.of(ExploitationForm.SEXUAL_EXPLOITATION);
                case 2 -> Set.of(ExploitationForm.FORCED_BEGGING);
                default -> Set.of(ExploitationForm.CRIMINAL_ACTIVITY, ExploitationForm.FORCED_SERVICES);
            };
            // Old enough that every stage of the walk below lies in the past. Proceedings that end in court, suspended or
            // closed (walk 5 and beyond) reach back over three years, so that trends and period filters show something.
            LocalDate registered = today.minusDays((i % 12 == 0 ? 20 : 160) + random.nextInt(200) + yearsBack(i));
            String summary = "ВИГАДАНА СПРАВА ДЛЯ ДЕМОНСТРАЦІЇ. " + SCHEMES[i % SCHEMES.length] + "."
                    + (sbi ? " Підозрюваний — працівник поліції." : "");
            var draft = new ProceedingDraft(String.format("12%03d%02d%010d", 25, 5 + i % 10, 1000 + i), registered,
                    region, summary, qualifications, crsv, transnational,
                    transnational ? Set.of(List.of("PL", "DE", "TR", "AE", "MD").get(i % 5)) : Set.of(), forms,
                    sbi ? InvestigativeBody.SBI : InvestigativeBody.NPU,
                    sbi ? "Підозрюваний — працівник правоохоронного органу (ст. 216 ч. 4 п. 1 КПК)" : null);
            long id = proceedings.register(loader, draft);
            team(loader, id, region, i);
            tasks(loader, id, i, today);
            progress(loader, id, i, registered, today, random);
        }
    }

    /** Extra days back for the proceedings whose walk ends in court, suspension or closure: up to about 3.7 years. */
    static int yearsBack(int i) {
        int path = i == 20 ? 1 : i == 30 ? 2 : i % 12;
        return path >= 5 ? 365 * (i / 12) + 90 * (i % 4) : 0;
    }

    private void team(CurrentUser loader, long id, String region, int i) {
        if (region.equals("UA-05") && i != 10) {
            proceedings.addMember(loader, id, "prosecutor", TeamRole.PROSECUTOR);
            proceedings.addMember(loader, id, "investigator", TeamRole.INVESTIGATOR);
        }
        if (region.equals("UA-46") && i % 20 == 1) {
            proceedings.addMember(loader, id, "operative", TeamRole.OPERATIVE);
        }
    }

    /**
     * The demo prosecutor's and investigator's own tasks ("my tasks"): due within days, overdue, undated and one done,
     * in three of their Vinnytska proceedings.
     */
    private void tasks(CurrentUser loader, long id, int i, LocalDate today) {
        if (i == 0) {
            proceedings.addTask(loader, id, "Погодити клопотання про арешт майна (вигадане доручення)", "prosecutor",
                    today.plusDays(2));
            proceedings.addTask(loader, id, "Отримати відповідь банку на запит (вигадане доручення)", "investigator",
                    today.plusDays(5));
            long done = proceedings.addTask(loader, id, "Ознайомитися з висновком експерта (вигадане доручення)",
                    "prosecutor", today.minusDays(10));
            proceedings.completeTask(loader, id, done);
        } else if (i == 20) {
            proceedings.addTask(loader, id, "Підготувати клопотання про продовження строку (вигадане доручення)",
                    "prosecutor", today.plusDays(1));
            proceedings.addTask(loader, id, "Скласти план допиту потерпілої з психологом (вигадане доручення)",
                    "investigator", null);
        } else if (i == 30) {
            proceedings.addTask(loader, id, "Перевірити повноту доказів перед обвинувальним актом (вигадане доручення)",
                    "prosecutor", today.minusDays(2));
            proceedings.addTask(loader, id, "Вивчити матеріали щодо можливих інших потерпілих (вигадане доручення)",
                    "prosecutor", null);
        }
    }

    /** Walks the proceeding through stages so that the demo shows every stage and every deadline warning. */
    private void progress(CurrentUser loader, long id, int i, LocalDate registered, LocalDate today, Random random) {
        // The demo prosecutor's Vinnytska proceedings 20 and 30 get a deadline in days and an overdue one.
        int path = i == 20 ? 1 : i == 30 ? 2 : i % 12;
        if (path == 0) {
            return;
        }
        LocalDate suspicion = switch (path) {
            case 1 -> today.minusDays(57);
            case 2 -> today.minusDays(66);
            case 3 -> today.minusDays(49);
            default -> registered.plusDays(5 + random.nextInt(20));
        };
        proceedings.move(loader, id, Stage.SUSPICION_NOTIFIED, suspicion, null);
        proceedings.addTask(loader, id, "Допитати свідка (вигадане доручення)", null, today.plusDays(3 + path));
        if (path <= 3) {
            return;
        }
        if (path == 4) {
            proceedings.extendDeadline(loader, id, 3, DeadlineExtension.Grantor.HEAD_OF_PROSECUTORS_OFFICE,
                    "Керівник окружної прокуратури (вигаданий)", suspicion.plusDays(50));
            return;
        }
        if (path == 5) {
            proceedings.move(loader, id, Stage.SUSPENDED, suspicion.plusDays(20), "Підозрюваний переховується");
            return;
        }
        if (path == 6) {
            proceedings.move(loader, id, Stage.CLOSED, suspicion.plusDays(25),
                    "Не встановлено достатніх доказів (ст. 284 ч. 1 п. 3 КПК)");
            return;
        }
        LocalDate sent = suspicion.plusDays(30);
        proceedings.addEvidence(loader, id, "Роздруківка листування (вигадана)", "Огляд телефону", suspicion.plusDays(2),
                "Камера схову слідчого відділу", null, null);
        proceedings.move(loader, id, Stage.INDICTMENT_SENT, sent, null);
        if (path == 7) {
            return;
        }
        proceedings.move(loader, id, Stage.TRIAL, sent.plusDays(10), null);
        proceedings.addHearing(loader, id, sent.plusDays(20), "Вигаданий районний суд", "Відкладено");
        if (path == 8) {
            return;
        }
        proceedings.move(loader, id, path == 9 ? Stage.VERDICT_ACQUITTAL : Stage.VERDICT_CONVICTION, sent.plusDays(30), null);
        if (path == 11) {
            proceedings.move(loader, id, Stage.APPEAL, sent.plusDays(35), null);
        }
    }
}
