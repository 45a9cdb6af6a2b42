package org.nadiya.stats.internal;

import java.util.List;
import java.util.Optional;

import org.nadiya.cases.ExploitationForm;
import org.nadiya.cases.InvestigativeBody;
import org.nadiya.cases.Stage;
import org.nadiya.referrals.PartnerKind;
import org.nadiya.referrals.ReferralOutcome;
import org.nadiya.referrals.ReferralStatus;
import org.nadiya.victims.AgeGroup;
import org.nadiya.victims.InterviewPurpose;
import org.nadiya.victims.InterviewStatus;
import org.nadiya.victims.PersonKind;
import org.nadiya.victims.ServiceType;
import org.nadiya.victims.Sex;
import org.nadiya.victims.StatusDecision;
import org.springframework.stereotype.Component;

/**
 * Every table the statistics publish, as data: a name, what one count is, where the facts come from and the
 * dimensions. A new table (trainings, when that module lands) is one more entry here and one fact source.
 */
@Component
class Catalogue {

    private final List<StatsTable> tables;

    Catalogue(ProceedingFacts proceedings, VictimFacts victims, ReferralFacts referrals) {
        tables = List.of(
                new StatsTable("proceedings", "proceeding", proceedings, List.of(
                        Dimension.observed("article"), Dimension.observed("article_part"),
                        Dimension.of("stage", Stage.class, "stage."), Dimension.observed("region"), Dimension.observed("year"),
                        Dimension.of("body", InvestigativeBody.class, "body."), Dimension.yesNo("crsv"),
                        Dimension.yesNo("transnational"), Dimension.of("exploitation_form", ExploitationForm.class, "exploitation."),
                        Dimension.observed("country"), Dimension.of("time_to_suspicion", Bands.MONTHS),
                        Dimension.of("time_to_indictment", Bands.MONTHS), Dimension.yesNo("deadline_breach"))),
                new StatsTable("victims", "person", victims::personFacts, List.of(
                        Dimension.of("kind", PersonKind.class, "personKind."), Dimension.of("sex", Sex.class, "sex."),
                        Dimension.of("age_group", AgeGroup.class, "ageGroup."), Dimension.of("majority", "Minor", "Adult", "Unknown"),
                        Dimension.of("ctdc_age", "0--17", "18--24", "25--34", "35+", "Unknown"),
                        Dimension.observed("citizenship"), Dimension.observed("region"),
                        Dimension.of("exploitation_form", ExploitationForm.class, "exploitation."),
                        Dimension.observed("country_of_exploitation"), Dimension.yesNo("crsv"),
                        Dimension.observed("year"))),
                new StatsTable("status_applications", "application", victims::statusApplications, List.of(
                        Dimension.of("decision", StatusDecision.class, "statusDecision."), Dimension.observed("body"),
                        Dimension.yesNo("appealed"), Dimension.observed("region"), Dimension.observed("year"))),
                new StatsTable("referrals", "referral", referrals, List.of(
                        Dimension.of("service", ServiceType.class, "serviceType."), Dimension.of("partner_kind", PartnerKind.class, "partnerKind."),
                        Dimension.of("status", ReferralStatus.class, "referralStatus."),
                        Dimension.of("outcome", enumNamesAnd(ReferralOutcome.class, Bands.NONE)),
                        Dimension.of("time_to_acceptance", Bands.DAYS), Dimension.observed("year"))),
                new StatsTable("interviews", "interview", victims::interviews, List.of(
                        Dimension.of("purpose", InterviewPurpose.class, "interviewPurpose."), Dimension.of("status", InterviewStatus.class, "interviewStatus."),
                        Dimension.of("warning", "NONE", "HEEDED", "OVERRIDDEN"), Dimension.observed("year"))),
                new StatsTable("interviewed_persons", "person", victims::interviewedPersons, List.of(
                        Dimension.of("interviews", Bands.PER_PERSON), Dimension.observed("region"))));
    }

    List<StatsTable> tables() {
        return tables;
    }

    Optional<StatsTable> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    private static String[] enumNamesAnd(Class<? extends Enum<?>> type, String extra) {
        var names = new java.util.ArrayList<String>();
        for (Enum<?> e : type.getEnumConstants()) {
            names.add(e.name());
        }
        names.add(extra);
        return names.toArray(String[]::new);
    }
}
