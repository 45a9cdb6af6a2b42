package org.nadiya.training.internal;

import java.util.Set;

import org.nadiya.kernel.FormInput;
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
        return new NewEvent(FormInput.choice(EventKind.class, kind, "kind"), title, FormInput.date(startsOn, "startsOn"),
                FormInput.date(endsOn, "endsOn"), place, FormInput.choice(EventFormat.class, format, "format"), organisers, funders,
                hosts, topics == null ? Set.of() : topics);
    }

    public boolean covers(String topic) {
        return topics != null && topics.contains(topic);
    }
}
