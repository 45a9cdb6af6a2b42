package org.nadiya.training.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.ReferenceData;
import org.nadiya.training.Level;
import org.nadiya.training.NewParticipant;
import org.nadiya.training.TrainingEvent;
import org.springframework.stereotype.Component;

/** Checks a participant against the event and the reference data, naming the field at fault. */
@Component
class ParticipantRules {

    private final ReferenceData reference;

    ParticipantRules(ReferenceData reference) {
        this.reference = reference;
    }

    NewParticipant check(NewParticipant p, TrainingEvent event) {
        String name = p.name() == null ? "" : p.name().strip().replaceAll("\\s+", " ");
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidInputException("name", "error.training.name.length");
        }
        String contact = p.contact() == null || p.contact().isBlank() ? null : p.contact().strip();
        if (contact != null && contact.length() > 200) {
            throw new InvalidInputException("contact", "error.training.contact.length");
        }
        String agency = p.agencyCode() == null ? "" : p.agencyCode().trim().toUpperCase(Locale.ROOT);
        if (reference.agency(agency).isEmpty()) {
            throw new InvalidInputException("agency", "error.training.agency.unknown", agency);
        }
        if (p.role() == null) {
            throw new InvalidInputException("role", "error.training.role.choose");
        }
        if (p.level() == null) {
            throw new InvalidInputException("level", "error.training.level.choose");
        }
        String region = p.regionCode() == null ? "" : p.regionCode().trim().toUpperCase(Locale.ROOT);
        if (reference.region(region).isEmpty()) {
            throw new InvalidInputException("region", "error.training.region.unknown", region);
        }
        if ((p.level() == Level.CENTRAL) != "UA".equals(region)) {
            throw new InvalidInputException("region", p.level() == Level.CENTRAL
                    ? "error.training.region.central" : "error.training.region.regional");
        }
        Set<LocalDate> days = p.days() == null ? Set.of() : p.days();
        if (days.isEmpty()) {
            throw new InvalidInputException("days", "error.training.days.none");
        }
        for (LocalDate day : days) {
            if (day == null || day.isBefore(event.startsOn()) || day.isAfter(event.endsOn())) {
                throw new InvalidInputException("days", "error.training.days.outside", event.startsOn(), event.endsOn());
            }
        }
        score(p.preScore(), "preScore");
        score(p.postScore(), "postScore");
        return new NewParticipant(name, contact, agency, p.role(), p.level(), region,
                new java.util.TreeSet<>(days), p.preScore(), p.postScore());
    }

    /** Same person: same agency and the same name, ignoring case and spacing. */
    static String identityKey(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static void score(Integer score, String field) {
        if (score != null && (score < 0 || score > 100)) {
            throw new InvalidInputException(field, "error.training.score.range");
        }
    }

    static List<String> fields() {
        return List.of("name", "agency", "role", "level", "region", "days", "pre", "post", "contact");
    }
}
