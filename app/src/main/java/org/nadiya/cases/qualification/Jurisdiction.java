package org.nadiya.cases.qualification;

import org.nadiya.cases.InvestigativeBody;

/**
 * The suggested investigative body under CPC Art. 216 and the rule that produced the suggestion; the
 * prosecutor decides.
 *
 * @param rule   the rule in English, as the JSON contract's {@code jurisdiction_rule}
 * @param ruleUk the same rule in Ukrainian, for the Ukrainian explanation and page
 */
public record Jurisdiction(InvestigativeBody body, String rule, String ruleUk) {

    public static Jurisdiction suggest(Facts facts) {
        return switch (facts.offender().category()) {
            case LAW_ENFORCEMENT, JUDGE, HIGH_OFFICIAL -> new Jurisdiction(InvestigativeBody.SBI,
                    "CPC Art. 216(4)(1): the State Bureau of Investigation investigates crimes committed by "
                            + "law-enforcement employees, judges and officials holding particularly responsible "
                            + "positions or category \"A\" civil-service posts.",
                    "п. 1 ч. 4 ст. 216 КПК: Державне бюро розслідувань розслідує злочини, вчинені працівниками "
                            + "правоохоронних органів, суддями, службовими особами, які займають особливо відповідальне "
                            + "становище, та державними службовцями категорії «А».");
            // Art. 149 is not a crime against the order of military service (216(4)(3)).
            case MILITARY -> new Jurisdiction(InvestigativeBody.NPU,
                    "CPC Art. 216(1): Art. 149 is not a military crime, so the National Police investigate; where "
                            + "linked military crimes go to the SBI (Art. 216(4)(3)), the prosecutor decides who "
                            + "investigates (Art. 216(10)).",
                    "ч. 1 ст. 216 КПК: ст. 149 КК не є військовим злочином, тому розслідує Національна поліція; якщо "
                            + "пов'язані військові злочини підслідні ДБР (п. 3 ч. 4 ст. 216 КПК), орган розслідування "
                            + "визначає прокурор (ч. 10 ст. 216 КПК).");
            case NONE -> facts.offender().officialUsingPosition()
                    ? new Jurisdiction(InvestigativeBody.NPU,
                    "CPC Art. 216(1): an official is investigated by the National Police unless the official holds a "
                            + "particularly responsible position, a category \"A\" post, is a judge or a law-enforcement "
                            + "employee (Art. 216(4)(1), SBI); the prosecutor decides.",
                    "ч. 1 ст. 216 КПК: службову особу розслідує Національна поліція, якщо вона не займає особливо "
                            + "відповідальне становище, посаду категорії «А», не є суддею чи працівником правоохоронного "
                            + "органу (п. 1 ч. 4 ст. 216 КПК, ДБР); рішення ухвалює прокурор.")
                    : new Jurisdiction(InvestigativeBody.NPU,
                    "CPC Art. 216(1): the National Police investigate every crime not assigned to another body; "
                            + "Art. 149 is theirs by default.",
                    "ч. 1 ст. 216 КПК: Національна поліція розслідує кримінальні правопорушення, не віднесені до "
                            + "підслідності інших органів; ст. 149 КК — її підслідність.");
        };
    }
}
