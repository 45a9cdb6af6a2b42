package org.nadiya.cases.qualification;

import java.util.List;

import org.nadiya.cases.qualification.Art149Rules.Element;
import org.nadiya.cases.qualification.Art149Rules.Ground;

/**
 * Facts to advice on Art. 149: the part-1 elements must all hold; then the highest part with a ground that
 * holds is the qualification, and every ground that holds is listed.
 */
public final class QualificationAssistant {

    private final Art149Rules rules;

    public QualificationAssistant() {
        this(Art149Rules.standard());
    }

    public QualificationAssistant(Art149Rules rules) {
        this.rules = rules;
    }

    public Qualification qualify(Facts facts) {
        List<Element> missing = rules.elements().stream().filter(e -> !e.condition().holds(facts)).toList();
        Jurisdiction jurisdiction = Jurisdiction.suggest(facts);
        if (!missing.isEmpty()) {
            return new Qualification(null, null, List.of(), missing, null, jurisdiction,
                    Explanation.uk(rules.article(), null, null, List.of(), missing, false, jurisdiction),
                    Explanation.en(rules.article(), null, null, List.of(), missing, false, jurisdiction));
        }
        List<Ground> grounds = rules.grounds().stream().filter(g -> g.condition().holds(facts)).toList();
        int part = grounds.stream().mapToInt(Ground::part).max().orElse(1);
        Penalty penalty = rules.penalty(part);
        boolean consented = facts.victimConsented();
        return new Qualification(rules.article(), part, grounds, List.of(), penalty, jurisdiction,
                Explanation.uk(rules.article(), part, penalty, grounds, List.of(), consented, jurisdiction),
                Explanation.en(rules.article(), part, penalty, grounds, List.of(), consented, jurisdiction));
    }

    public List<Qualification> qualifyAll(List<Facts> facts) {
        return facts.stream().map(this::qualify).toList();
    }
}
