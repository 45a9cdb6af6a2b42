package org.nadiya.cooperation.internal;

import java.util.List;
import java.util.Set;

import org.nadiya.cooperation.Direction;
import org.nadiya.cooperation.RequestDraft;
import org.nadiya.cooperation.RequestKind;
import org.nadiya.cooperation.Translation;
import org.nadiya.kernel.FormInput;

/** The request form as typed (text, so that a bad value is reported on its field instead of failing binding). */
public record RequestForm(String reference, String direction, String kind, String countryCode, String authority,
                   String legalBasis, Set<String> subjects, String proceedingId, List<String> persons, String summary,
                   String language, String translation, String draftedOn, String expectedAnswerOn) {

    static RequestForm empty(Long proceedingId) {
        return new RequestForm(null, "OUTGOING", "MUTUAL_LEGAL_ASSISTANCE", null, null, "MLA_1959", Set.of(),
                proceedingId == null ? null : proceedingId.toString(), List.of(), null, "en", "NEEDED", null, null);
    }

    RequestDraft toDraft() {
        return new RequestDraft(reference, FormInput.choice(Direction.class, direction, "direction"),
                FormInput.choice(RequestKind.class, kind, "kind"), countryCode, authority, legalBasis,
                subjects == null ? Set.of() : subjects, FormInput.number(proceedingId, "proceedingId"),
                persons == null ? List.of() : persons, summary, language,
                FormInput.choice(Translation.class, translation, "translation"),
                FormInput.date(draftedOn, "draftedOn"), FormInput.date(expectedAnswerOn, "expectedAnswerOn"));
    }

    public boolean has(String subject) {
        return subjects != null && subjects.contains(subject);
    }

    public boolean names(String pseudonym) {
        return persons != null && persons.contains(pseudonym);
    }
}
