package org.nadiya.stats.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.nadiya.cases.ExploitationForm;
import org.nadiya.referrals.PartnerKind;
import org.nadiya.victims.PersonKind;
import org.nadiya.victims.Sex;
import org.nadiya.victims.StatusApplication;
import org.nadiya.victims.StatusDecision;

/**
 * Nadiya's categories as HTCDS 2.0 picklist value names (the standard's field list, kept as test data in
 * {@code standards/htcds-2.0-fields.tsv}). Where the picklist has no value for a category the field stays empty
 * rather than taking a near miss; docs/stats.md lists every choice.
 */
final class HtcdsValues {

    private HtcdsValues() {
    }

    /** vic_TypeOfExploitation. Debt bondage is a method of control in HTCDS, not a type of exploitation. */
    static List<String> typesOfExploitation(Set<ExploitationForm> forms) {
        var types = new TreeSet<String>();
        for (ExploitationForm form : forms) {
            String type = switch (form) {
                case SEXUAL_EXPLOITATION, PORNOGRAPHY -> "SexualExploitation";
                case FORCED_LABOUR, FORCED_SERVICES -> "ForcedLabour";
                case SERVITUDE -> "Servitude";
                case FORCED_MARRIAGE -> "ForcedMarriage";
                case ORGAN_REMOVAL -> "OrganRemoval";
                case FORCED_BEGGING -> "ForcedBegging";
                case ADOPTION_FOR_PROFIT -> "ForcedAdoption";
                case SLAVERY, EXPERIMENTS, FORCED_PREGNANCY, FORCED_ABORTION, CRIMINAL_ACTIVITY, ARMED_CONFLICT -> "Other";
                case DEBT_BONDAGE -> null;
            };
            if (type != null) {
                types.add(type);
            }
        }
        return List.copyOf(types);
    }

    /** vic_TypeOfSexExploitation: only what Nadiya knows; "sexual exploitation" alone does not say prostitution. */
    static List<String> typesOfSexExploitation(Set<ExploitationForm> forms) {
        return forms.contains(ExploitationForm.PORNOGRAPHY) ? List.of("Pornography") : List.of();
    }

    /** vic_MethodsOfControl. */
    static List<String> methodsOfControl(Set<ExploitationForm> forms) {
        return forms.contains(ExploitationForm.DEBT_BONDAGE) ? List.of("DebtBondage") : List.of();
    }

    /** prs_Gender: the recorded sex as the gender picklist's value. */
    static String gender(Sex sex) {
        return switch (sex) {
            case FEMALE -> "Feminine";
            case MALE -> "Masculine";
            case UNKNOWN -> "NonSpecifiedUnknown";
        };
    }

    /** prs_Citizenship (multiselect of ISO 3166 alpha-2 codes). */
    static List<String> citizenship(String code) {
        return code == null || code.isBlank() ? List.of() : List.of(code);
    }

    /**
     * org_Type. The picklist has no value for an international organisation (IOM, UNHCR): such a partner's type is
     * left empty rather than called an NGO.
     */
    static String organisationType(PartnerKind kind) {
        return switch (kind) {
            case NGO, SHELTER -> "NGO";
            case STATE_SOCIAL_SERVICE -> "LocalGovernmentOrganisation";
            case HEALTH_FACILITY -> "HealthServiceOrganisation";
            case FREE_LEGAL_AID_CENTRE -> "LegalService";
            case INTERNATIONAL_ORGANISATION -> null;
        };
    }

    /**
     * vic_TraffickingStatus and vic_TraffickingStatusDecisionMakingOrg. The national status (Law 3739-VI) granted by
     * an oblast state administration makes an actual victim identified by a non-police governmental organisation.
     * A victim without it (pending, refused and perhaps appealed, never applied) stays a possible victim: a refusal
     * of the status is not a finding that the person was not trafficked. Witnesses and representatives are not
     * victims by their procedural position, so both fields stay empty for them.
     */
    static Status traffickingStatus(PersonKind kind, List<StatusApplication> applications) {
        boolean granted = applications.stream().anyMatch(a -> a.decision() == StatusDecision.GRANTED);
        if (granted) {
            return new Status("ActualVictimOfTrafficking", "NonPoliceGovernmentalOrganization");
        }
        if (kind == PersonKind.VICTIM || kind == PersonKind.VICTIM_WITNESS) {
            return new Status("PossibleVictimOfTrafficking", null);
        }
        return new Status(null, null);
    }

    record Status(String status, String decidedBy) {
    }

    /** Nadiya's own forms beside the HTCDS values, for a receiving system that keeps both. */
    static List<String> nadiyaForms(Set<ExploitationForm> forms) {
        List<String> names = new ArrayList<>();
        forms.forEach(f -> names.add(f.name()));
        names.sort(null);
        return names;
    }
}
