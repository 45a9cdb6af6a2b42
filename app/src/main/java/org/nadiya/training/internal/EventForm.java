package org.nadiya.training.internal;

import java.util.Locale;
import java.util.Set;

import org.nadiya.security.InvalidInputException;
import org.nadiya.training.EventFormat;
import org.nadiya.training.EventKind;
import org.nadiya.training.NewEvent;

/** The event form as typed. */
public record EventForm(String kind, String title, String startsOn, String endsOn, String place, String format,
                        String organisers, String funders, String hosts, Set<String> topics) {

    static EventForm empty() {
        return new EventForm("TRAINING", null, null, null, null, "IN_PERSON", null, null, null, Set.of());
    }

    NewEvent toEvent() {
        return new NewEvent(choice(EventKind.class, kind, "kind"), title, Dates.parse(startsOn, "startsOn"),
                Dates.parse(endsOn, "endsOn"), place, choice(EventFormat.class, format, "format"), organisers, funders,
                hosts, topics == null ? Set.of() : topics);
    }

    public boolean covers(String topic) {
        return topics != null && topics.contains(topic);
    }

    static <E extends Enum<E>> E choice(Class<E> type, String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "use one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
