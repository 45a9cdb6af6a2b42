package org.nadiya.cases.qualification;

import java.util.Locale;
import java.util.function.Predicate;

import org.nadiya.cases.qualification.Facts.Victim;

/**
 * The named predicates the rules in {@code qualification/art149.json} refer to. The data says which element
 * or ground a predicate proves; this enum only says how to read the facts.
 */
public enum Condition {
    ANY_ACT(f -> !f.acts().isEmpty()),
    // Violence or its threat is coercion; for a child victim (Art. 149 note 3) no means are needed.
    MEANS_OR_CHILD_VICTIM(f -> !f.means().isEmpty() || f.violence() != Violence.NONE || f.anyMinorVictim()),
    EXPLOITATION_PURPOSE(f -> !f.purposes().isEmpty()),
    MINOR_VICTIM(Facts::anyMinorVictim),
    SEVERAL_VICTIMS(f -> f.victims().size() >= 2),
    REPEATED(Facts::repeated),
    GROUP_ON_PRIOR_CONSPIRACY(f -> f.group() == GroupForm.PRIOR_CONSPIRACY),
    OFFICIAL_USING_POSITION(f -> f.offender().officialUsingPosition()),
    NON_DANGEROUS_VIOLENCE_OR_THREAT(f -> f.violence().isNonDangerous()),
    MINOR_VICTIM_OF_PARENT_OR_GUARDIAN(f -> f.victims().stream()
            .anyMatch(v -> v.isMinor() && v.offenderRelation() != OffenderRelation.NONE)),
    VICTIM_UNDER_14(f -> f.victims().stream().anyMatch(Victim::isUnder14)),
    ORGANISED_GROUP(f -> f.group() == GroupForm.ORGANISED),
    DANGEROUS_VIOLENCE_OR_THREAT(f -> f.violence().isDangerous()),
    GRAVE_CONSEQUENCES(Facts::graveConsequences);

    private final Predicate<Facts> test;

    Condition(Predicate<Facts> test) {
        this.test = test;
    }

    public boolean holds(Facts facts) {
        return test.test(facts);
    }

    /** The name the rules data uses: {@code victim_under_14}. */
    public String dataName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Condition byDataName(String name) {
        for (Condition c : values()) {
            if (c.dataName().equals(name)) {
                return c;
            }
        }
        return null;
    }
}
