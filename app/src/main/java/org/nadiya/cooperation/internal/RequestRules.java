package org.nadiya.cooperation.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.nadiya.cooperation.CooperationRequest;
import org.nadiya.cooperation.RequestDraft;
import org.nadiya.cooperation.RequestStatus;
import org.nadiya.cooperation.Translation;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.kernel.Text;
import org.springframework.stereotype.Component;

/** Checks a new request and a lifecycle step, naming the field at fault; catalogue codes are checked against data. */
@Component
class RequestRules {

    /** A lifecycle step as it will be stored: the date column, the date and the refusal reason. */
    record Step(String column, LocalDate on, String reason) {
    }

    private final CooperationStore store;

    RequestRules(CooperationStore store) {
        this.store = store;
    }

    RequestDraft check(RequestDraft d, LocalDate today) {
        String reference = text(d.reference(), "reference", 60, true);
        if (store.referenceTaken(reference)) {
            throw new InvalidInputException("reference", "error.cooperation.reference.taken", reference);
        }
        if (d.direction() == null) {
            throw new InvalidInputException("direction", "error.cooperation.direction.choose");
        }
        if (d.kind() == null) {
            throw new InvalidInputException("kind", "error.cooperation.kind.choose");
        }
        String country = d.countryCode() == null ? "" : d.countryCode().trim().toUpperCase(Locale.ROOT);
        if (!store.exists("country", country) || "UA".equals(country)) {
            throw new InvalidInputException("countryCode", "error.cooperation.country.choose");
        }
        String authority = text(d.authority(), "authority", 200, true);
        String basis = d.legalBasis() == null ? "" : d.legalBasis().trim();
        if (!store.exists("cooperation_legal_basis", basis)) {
            throw new InvalidInputException("legalBasis", "error.cooperation.legalBasis.choose");
        }
        Set<String> subjects = new TreeSet<>();
        Stream.ofNullable(d.subjects()).flatMap(Set::stream).map(s -> s == null ? "" : s.trim())
                .filter(s -> !s.isEmpty()).forEach(subjects::add);
        if (subjects.isEmpty()) {
            throw new InvalidInputException("subjects", "error.cooperation.subjects.none");
        }
        for (String subject : subjects) {
            if (!store.exists("cooperation_subject", subject)) {
                throw new InvalidInputException("subjects", "error.cooperation.subjects.unknown", subject);
            }
        }
        String summary = text(d.summary(), "summary", 2000, false);
        String language = d.language() == null ? "" : d.language().trim().toLowerCase(Locale.ROOT);
        if (!language.matches("[a-z]{2,3}")) {
            throw new InvalidInputException("language", "error.cooperation.language.code");
        }
        LocalDate drafted = d.draftedOn() == null ? today : d.draftedOn();
        if (drafted.isAfter(today)) {
            throw new InvalidInputException("draftedOn", "error.cooperation.draftedOn.future");
        }
        if (d.expectedAnswerOn() != null && d.expectedAnswerOn().isBefore(drafted)) {
            throw new InvalidInputException("expectedAnswerOn", "error.cooperation.expectedAnswerOn.beforeDraft");
        }
        return new RequestDraft(reference, d.direction(), d.kind(), country, authority, basis, subjects, d.proceedingId(),
                d.persons(), summary, language, d.translation() == null ? Translation.NOT_NEEDED : d.translation(),
                drafted, d.expectedAnswerOn());
    }

    Step step(CooperationRequest r, RequestStatus to, LocalDate on, String reason, LocalDate today) {
        if (to == null || !r.status().next(r.direction()).contains(to)) {
            throw new InvalidInputException("status", "error.cooperation.status.next", Text.label("direction", r.direction()), Text.label("requestStatus", r.status()), Text.labels("requestStatus", r.status().next(r.direction())));
        }
        LocalDate last = Stream.of(r.draftedOn(), r.approvedOn(), r.sentOn(), r.receivedOn())
                .filter(java.util.Objects::nonNull).max(LocalDate::compareTo).orElse(r.draftedOn());
        if (on.isAfter(today)) {
            throw new InvalidInputException("on", "error.common.date.future");
        }
        if (on.isBefore(last)) {
            throw new InvalidInputException("on", "error.cooperation.on.beforePrevious", last);
        }
        String why = null;
        if (to == RequestStatus.REFUSED) {
            why = text(reason, "reason", 500, true);
        }
        String column = switch (to) {
            case APPROVED -> "approved_on";
            case SENT -> "sent_on";
            case RECEIVED -> "received_on";
            case EXECUTED -> "executed_on";
            case REFUSED -> "refused_on";
            case DRAFTED -> throw new InvalidInputException("status", "error.cooperation.status.draftedOnce");
        };
        return new Step(column, on, why);
    }

    private static String text(String value, String field, int max, boolean required) {
        String text = value == null ? "" : value.strip();
        if (required && text.isEmpty()) {
            throw new InvalidInputException(field, "error.common.required");
        }
        if (text.length() > max) {
            throw new InvalidInputException(field, "error.common.maxChars", max);
        }
        return text.isEmpty() ? null : text;
    }
}
