package org.nadiya.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nadiya.cases.ExploitationForm;
import org.nadiya.referrals.PartnerKind;
import org.nadiya.victims.PersonKind;
import org.nadiya.victims.Sex;
import org.nadiya.victims.StatusApplication;
import org.nadiya.victims.StatusDecision;

/** Every Nadiya category becomes a value of the HTCDS 2.0 picklist (the standard's list kept as test data) or stays empty. */
class HtcdsValuesTest {

    private static final HtcdsStandard STANDARD = HtcdsStandard.load();

    private static void assertAccepted(String field, Object value) {
        assertThat(STANDARD.accepts(STANDARD.field(field), value)).as(field + " = " + value).isTrue();
    }

    @Test
    void theFieldListIsTheStandards() {
        assertThat(STANDARD.fields()).hasSizeGreaterThan(80);
        assertThat(STANDARD.field("vic_TypeOfLabourExploitation")).isNull();
        assertThat(STANDARD.field("prs_Nationality")).isNull();
        assertThat(STANDARD.field("vic_AgreementToManagePersonalData").status()).isEqualTo("DEPRECATED");
        assertThat(STANDARD.field("con_Consent").core()).isTrue();
        assertThat(STANDARD.field("prs_Gender").values()).contains("Feminine", "Masculine", "NonSpecifiedUnknown");
    }

    @Test
    void everyFormOfExploitationMapsIntoThePicklists() {
        for (ExploitationForm form : ExploitationForm.values()) {
            assertAccepted("vic_TypeOfExploitation", HtcdsValues.typesOfExploitation(Set.of(form)));
            assertAccepted("vic_TypeOfSexExploitation", HtcdsValues.typesOfSexExploitation(Set.of(form)));
            assertAccepted("vic_MethodsOfControl", HtcdsValues.methodsOfControl(Set.of(form)));
        }
        assertAccepted("vic_TypeOfExploitation", HtcdsValues.typesOfExploitation(EnumSet.allOf(ExploitationForm.class)));
    }

    @Test
    void formsTakeTheStandardsOwnValuesNotANearMiss() {
        assertThat(HtcdsValues.typesOfExploitation(Set.of(ExploitationForm.FORCED_LABOUR))).containsExactly("ForcedLabour");
        assertThat(HtcdsValues.typesOfExploitation(Set.of(ExploitationForm.FORCED_BEGGING))).containsExactly("ForcedBegging");
        assertThat(HtcdsValues.typesOfExploitation(Set.of(ExploitationForm.FORCED_MARRIAGE))).containsExactly("ForcedMarriage");
        assertThat(HtcdsValues.typesOfExploitation(Set.of(ExploitationForm.ORGAN_REMOVAL))).containsExactly("OrganRemoval");
        assertThat(HtcdsValues.typesOfExploitation(Set.of(ExploitationForm.SERVITUDE))).containsExactly("Servitude");
        assertThat(HtcdsValues.typesOfExploitation(Set.of(ExploitationForm.ADOPTION_FOR_PROFIT))).containsExactly("ForcedAdoption");
        assertThat(HtcdsValues.typesOfExploitation(Set.of(ExploitationForm.CRIMINAL_ACTIVITY))).containsExactly("Other");
        assertThat(HtcdsValues.typesOfExploitation(Set.of(ExploitationForm.DEBT_BONDAGE))).isEmpty();
        assertThat(HtcdsValues.methodsOfControl(Set.of(ExploitationForm.DEBT_BONDAGE))).containsExactly("DebtBondage");
        assertThat(HtcdsValues.typesOfSexExploitation(Set.of(ExploitationForm.SEXUAL_EXPLOITATION))).isEmpty();
        assertThat(HtcdsValues.typesOfExploitation(Set.of(ExploitationForm.SEXUAL_EXPLOITATION, ExploitationForm.PORNOGRAPHY)))
                .containsExactly("SexualExploitation");
    }

    @Test
    void genderOrganisationTypeAndCitizenshipAreThePicklists() {
        for (Sex sex : Sex.values()) {
            assertAccepted("prs_Gender", HtcdsValues.gender(sex));
        }
        assertThat(HtcdsValues.gender(Sex.FEMALE)).isEqualTo("Feminine");
        assertThat(HtcdsValues.gender(Sex.MALE)).isEqualTo("Masculine");
        for (PartnerKind kind : PartnerKind.values()) {
            assertAccepted("org_Type", HtcdsValues.organisationType(kind));
        }
        assertThat(HtcdsValues.organisationType(PartnerKind.INTERNATIONAL_ORGANISATION)).isNull();
        assertAccepted("prs_Citizenship", HtcdsValues.citizenship("UA"));
        assertThat(HtcdsValues.citizenship(null)).isEmpty();
    }

    @Test
    void theStatusGrantedByTheStateMakesAnActualVictimARefusalDoesNotMakeANonVictim() {
        for (PersonKind kind : PersonKind.values()) {
            for (StatusDecision decision : StatusDecision.values()) {
                var status = HtcdsValues.traffickingStatus(kind, List.of(application(decision)));
                assertAccepted("vic_TraffickingStatus", status.status());
                assertAccepted("vic_TraffickingStatusDecisionMakingOrg", status.decidedBy());
            }
        }
        assertThat(HtcdsValues.traffickingStatus(PersonKind.VICTIM, List.of(application(StatusDecision.GRANTED))))
                .isEqualTo(new HtcdsValues.Status("ActualVictimOfTrafficking", "NonPoliceGovernmentalOrganization"));
        assertThat(HtcdsValues.traffickingStatus(PersonKind.VICTIM, List.of(application(StatusDecision.REFUSED))))
                .isEqualTo(new HtcdsValues.Status("PossibleVictimOfTrafficking", null));
        assertThat(HtcdsValues.traffickingStatus(PersonKind.WITNESS, List.of()))
                .isEqualTo(new HtcdsValues.Status(null, null));
    }

    private static StatusApplication application(StatusDecision decision) {
        LocalDate day = LocalDate.of(2025, 3, 1);
        return new StatusApplication(1, 1, day, day, "UA-46", decision, day, null, null, null, null, null, null,
                "coordinator", null, null, Set.of());
    }
}
