package org.nadiya.cases.internal;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.nadiya.cases.InvestigativeBody;
import org.nadiya.cases.LegalQualification;
import org.nadiya.cases.qualification.FactsReader;
import org.nadiya.cases.qualification.Qualification;
import org.nadiya.cases.qualification.QualificationAssistant;
import org.nadiya.kernel.InvalidInputException;

/** The assistant advises; the prosecutor decides, and leaving the advice takes a reason. */
final class QualificationRules {

    private QualificationRules() {
    }

    record Decision(String factsJson, String proposed, String grounds, InvestigativeBody suggestedBody,
                    List<LegalQualification> decided, String decidedText, String reason) {
    }

    static Decision decide(QualificationAssistant assistant, String factsJson, String decidedText, String overrideReason) {
        if (factsJson == null || factsJson.isBlank()) {
            throw new InvalidInputException("facts", "error.cases.facts.required");
        }
        if (factsJson.length() > 20_000) {
            throw new InvalidInputException("facts", "error.cases.facts.tooLong");
        }
        var batch = FactsReader.read(factsJson);
        if (batch.array()) {
            throw new InvalidInputException("facts", "error.cases.facts.single");
        }
        Qualification advice = assistant.qualify(batch.facts().get(0));
        List<LegalQualification> decided = decidedText == null ? List.of() : Arrays.stream(decidedText.split("[,;]"))
                .map(String::trim).filter(s -> !s.isEmpty()).map(LegalQualification::parse).toList();
        if (decided.isEmpty()) {
            throw new InvalidInputException("decided", "error.cases.decided.required");
        }
        String proposed = advice.holds() ? advice.article() + "." + advice.part() : null;
        boolean follows = proposed == null ? decided.stream().noneMatch(q -> q.article().equals("149"))
                : decided.contains(LegalQualification.parse(proposed));
        String reason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.trim();
        if (!follows && reason == null) {
            throw proposed == null
                    ? new InvalidInputException("overrideReason", "error.cases.overrideReason.no149")
                    : new InvalidInputException("overrideReason", "error.cases.overrideReason.differs", proposed);
        }
        if (reason != null && reason.length() > 1000) {
            throw new InvalidInputException("overrideReason", "error.common.maxChars1000");
        }
        return new Decision(factsJson.trim(), proposed, String.join(", ", advice.groundIds()),
                advice.jurisdiction().body(), decided,
                decided.stream().map(LegalQualification::toString).collect(Collectors.joining(", ")),
                follows ? null : reason);
    }
}
