package org.nadiya.cases.qualification;

import org.nadiya.cases.InvestigativeBody;

import java.util.List;
import java.util.stream.Collectors;

import org.nadiya.cases.qualification.Art149Rules.Element;
import org.nadiya.cases.qualification.Art149Rules.Ground;

/** The advice in words, Ukrainian and English; the wording of grounds and elements comes from the rules data. */
final class Explanation {

    private Explanation() {
    }

    static String uk(String article, Integer part, Penalty penalty, List<Ground> grounds, List<Element> missing,
                     boolean consented, Jurisdiction jurisdiction) {
        var text = new StringBuilder();
        if (part == null) {
            text.append("Факти не утворюють складу злочину за ст. ").append(article).append(" КК України: бракує — ")
                    .append(missing.stream().map(Element::uk).collect(Collectors.joining("; ")))
                    .append(". Встановіть відсутні елементи або розгляньте інші статті. ");
        } else {
            text.append("Пропонована кваліфікація: ч. ").append(part).append(" ст. ").append(article)
                    .append(" КК України (торгівля людьми), позбавлення волі від ").append(penalty.minYears())
                    .append(" до ").append(penalty.maxYears()).append(" років, ").append(severityUk(penalty.severity()))
                    .append(" (ст. 12 КК). ");
            text.append(grounds.isEmpty() ? "Кваліфікуючих ознак частин 2 і 3 не встановлено. "
                    : "Підстави: " + grounds.stream().map(g -> g.uk() + " (ч. " + g.part() + ")")
                    .collect(Collectors.joining("; ")) + ". ");
            if (consented) {
                text.append("Згода потерпілої особи не виключає злочину (ст. 3(b) Палермського протоколу). ");
            }
        }
        text.append("Підслідність: ").append(jurisdiction.body().uk()).append(" — ").append(jurisdiction.ruleUk())
                .append(" Це порада: кваліфікацію визначає прокурор.");
        return text.toString();
    }

    static String en(String article, Integer part, Penalty penalty, List<Ground> grounds, List<Element> missing,
                     boolean consented, Jurisdiction jurisdiction) {
        var text = new StringBuilder();
        if (part == null) {
            text.append("The facts do not make out Art. ").append(article).append(" CC: missing ")
                    .append(missing.stream().map(Element::en).collect(Collectors.joining("; ")))
                    .append(". Establish the missing elements or consider other articles. ");
        } else {
            text.append("Suggested qualification: Art. ").append(article).append(" part ").append(part)
                    .append(" CC (trafficking in human beings), ").append(penalty.minYears()).append(" to ")
                    .append(penalty.maxYears()).append(" years' imprisonment, ").append(severityEn(penalty.severity()))
                    .append(" (CC Art. 12). ");
            text.append(grounds.isEmpty() ? "No aggravating ground of parts 2 or 3 is established. "
                    : "Grounds: " + grounds.stream().map(g -> g.en() + " (part " + g.part() + ")")
                    .collect(Collectors.joining("; ")) + ". ");
            if (consented) {
                text.append("The victim's consent does not remove the crime (Palermo Protocol Art. 3(b)). ");
            }
        }
        text.append("Investigative jurisdiction: ").append(jurisdiction.body().en()).append(" — ")
                .append(jurisdiction.rule()).append(" This is advice: the prosecutor decides the qualification.");
        return text.toString();
    }

    private static String severityUk(Severity severity) {
        return switch (severity) {
            case NON_GRAVE -> "нетяжкий злочин";
            case GRAVE -> "тяжкий злочин";
            case ESPECIALLY_GRAVE -> "особливо тяжкий злочин";
        };
    }

    private static String severityEn(Severity severity) {
        return switch (severity) {
            case NON_GRAVE -> "a non-grave crime";
            case GRAVE -> "a grave crime";
            case ESPECIALLY_GRAVE -> "an especially grave crime";
        };
    }
}
