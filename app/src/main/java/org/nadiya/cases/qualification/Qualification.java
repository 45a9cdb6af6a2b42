package org.nadiya.cases.qualification;

import java.util.List;

import org.nadiya.cases.qualification.Art149Rules.Element;
import org.nadiya.cases.qualification.Art149Rules.Ground;

/**
 * The assistant's advice on one set of facts. When the facts do not make out Art. 149, {@code article},
 * {@code part} and {@code penalty} are {@code null} and {@code missingElements} says why.
 */
public record Qualification(String article, Integer part, List<Ground> grounds, List<Element> missingElements,
                           Penalty penalty, Jurisdiction jurisdiction, String explanationUk, String explanationEn) {

    public Qualification {
        grounds = List.copyOf(grounds);
        missingElements = List.copyOf(missingElements);
    }

    public boolean holds() {
        return part != null;
    }

    public Severity severity() {
        return penalty == null ? null : penalty.severity();
    }

    public List<String> groundIds() {
        return grounds.stream().map(Ground::id).toList();
    }

    public List<String> missingElementIds() {
        return missingElements.stream().map(Element::id).toList();
    }

    /** The explanation in {@code language} ("en"), Ukrainian otherwise. */
    public String explanation(String language) {
        return "en".equals(language) ? explanationEn : explanationUk;
    }
}
