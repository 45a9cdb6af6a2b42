package org.nadiya.stats.internal;

import java.util.List;
import java.util.Optional;

import org.nadiya.cases.ExploitationForm;
import org.nadiya.cases.InvestigativeBody;
import org.nadiya.cases.Stage;
import org.nadiya.referrals.PartnerKind;
import org.nadiya.referrals.ReferralOutcome;
import org.nadiya.referrals.ReferralStatus;
import org.nadiya.disclosure.Generalisation;
import org.nadiya.training.TrainingStatistics;
import org.nadiya.victims.InterviewPurpose;
import org.nadiya.victims.InterviewStatus;
import org.nadiya.victims.PersonKind;
import org.nadiya.victims.ServiceType;
import org.nadiya.victims.Sex;
import org.nadiya.victims.StatusDecision;
import org.springframework.stereotype.Component;

/**
 * Every table the statistics publish, as data: a name, what one count is, where the facts come from and the
 * dimensions. A new table is one more entry here and, for a new module, one fact source.
 */
@Component
class Catalogue {

    /** CTDC's age bands and Unknown; {@code majority} is their coarsening (decision 0031). */
    static final String[] CTDC_AGE = java.util.stream.Stream.concat(Generalisation.AGE_BANDS.stream(),
            java.util.stream.Stream.of(Generalisation.UNKNOWN)).toArray(String[]::new);

    private final List<StatsTable> tables;

    Catalogue(ProceedingFacts proceedings, VictimFacts victims, ReferralFacts referrals, TrainingStatistics trainings) {
        tables = List.of(
                new StatsTable("proceedings", "proceeding", proceedings, List.of(
                        Dimension.observed("article"), Dimension.observed("article_part"),
                        Dimension.of("stage", Stage.class, "stage."), Dimension.observed("region"), Dimension.observed("year"),
                        Dimension.observed("quarter"), Dimension.observed("month"), Dimension.of("body", InvestigativeBody.class, "body."), Dimension.yesNo("crsv"),
                        Dimension.yesNo("transnational"), Dimension.of("exploitation_form", ExploitationForm.class, "exploitation."),
                        Dimension.observed("country"), new Dimension("time_to_suspicion", List.of(Bands.MONTHS), "stats.band."),
                        new Dimension("time_to_indictment", List.of(Bands.MONTHS), "stats.band."), Dimension.yesNo("deadline_breach"))),
                new StatsTable("victims", "person", victims::personFacts, List.of(
                        Dimension.of("kind", PersonKind.class, "personKind."), Dimension.of("sex", Sex.class, "sex."),
                        new Dimension("majority", List.of("Minor", "Adult", "Unknown"), "stats.majority."),
                        new Dimension("ctdc_age", List.of(CTDC_AGE), "stats.ctdcAge."),
                        Dimension.observed("citizenship"), Dimension.observed("region"),
                        Dimension.of("exploitation_form", ExploitationForm.class, "exploitation."),
                        Dimension.observed("country_of_exploitation"), Dimension.yesNo("crsv"),
                        Dimension.observed("year"), Dimension.observed("quarter"), Dimension.observed("month"))),
                new StatsTable("status_applications", "application", victims::statusApplications, List.of(
                        Dimension.of("decision", StatusDecision.class, "statusDecision."), Dimension.observed("body"),
                        Dimension.yesNo("appealed"), Dimension.observed("region"), Dimension.observed("year"),
                        Dimension.observed("quarter"), Dimension.observed("month"))),
                new StatsTable("referrals", "referral", referrals, List.of(
                        Dimension.of("service", ServiceType.class, "serviceType."), Dimension.of("partner_kind", PartnerKind.class, "partnerKind."),
                        Dimension.of("status", ReferralStatus.class, "referralStatus."),
                        new Dimension("outcome", List.of(enumNamesAnd(ReferralOutcome.class, Bands.NONE)), "referralOutcome."),
                        new Dimension("time_to_acceptance", List.of(Bands.DAYS), "stats.band."), Dimension.observed("year"),
                        Dimension.observed("quarter"), Dimension.observed("month"))),
                new StatsTable("interviews", "interview", victims::interviews, List.of(
                        Dimension.of("purpose", InterviewPurpose.class, "interviewPurpose."), Dimension.of("status", InterviewStatus.class, "interviewStatus."),
                        new Dimension("warning", List.of("NONE", "HEEDED", "OVERRIDDEN"), "stats.warning."), Dimension.observed("year"),
                        Dimension.observed("quarter"), Dimension.observed("month"))),
                new StatsTable("interviewed_persons", "person", victims::interviewedPersons, List.of(
                        new Dimension("interviews", List.of(Bands.PER_PERSON), "stats.interviews."), Dimension.observed("region"))),
                new StatsTable("trainings", "participation", trainings::participations, trainingDimensions()),
                new StatsTable("training_participants", "practitioner", trainings::participants,
                        trainingDimensions()));
    }

    List<StatsTable> tables() {
        return tables;
    }

    Optional<StatsTable> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /**
     * Persons by what the training module keeps of them, events by kind, format, topic (codes) and year. Observed
     * categories labelled with the training module's message keys: the training module uses the disclosure core,
     * so importing its enums here would make a cycle between the two modules.
     */
    private static List<Dimension> trainingDimensions() {
        return List.of(Dimension.observed("agency"), Dimension.observed("region"),
                Dimension.labelled("role", "officialRole."), Dimension.labelled("level", "level."),
                Dimension.labelled("event_kind", "eventKind."), Dimension.labelled("format", "eventFormat."),
                Dimension.observed("topic"), Dimension.observed("year"),
                Dimension.observed("quarter"), Dimension.observed("month"));
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
