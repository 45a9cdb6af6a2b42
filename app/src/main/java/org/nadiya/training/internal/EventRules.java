package org.nadiya.training.internal;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.nadiya.kernel.InvalidInputException;
import org.nadiya.training.NewEvent;
import org.nadiya.training.Topic;
import org.springframework.stereotype.Component;

/** Checks a new event, naming the field at fault; topics come from the catalogue. */
@Component
class EventRules {

    NewEvent check(NewEvent e, List<Topic> catalogue) {
        if (e == null || e.kind() == null) {
            throw new InvalidInputException("kind", "error.training.kind.choose");
        }
        String title = line(e.title(), "title", 300, true);
        if (e.startsOn() == null) {
            throw new InvalidInputException("startsOn", "error.training.startsOn.required");
        }
        if (e.endsOn() == null || e.endsOn().isBefore(e.startsOn())) {
            throw new InvalidInputException("endsOn", "error.training.endsOn.order");
        }
        if (e.startsOn().plusDays(60).isBefore(e.endsOn())) {
            throw new InvalidInputException("endsOn", "error.training.endsOn.tooLong");
        }
        String place = line(e.place(), "place", 200, true);
        if (e.format() == null) {
            throw new InvalidInputException("format", "error.training.format.choose");
        }
        String organisers = line(e.organisers(), "organisers", 500, true);
        String funders = line(e.funders(), "funders", 500, false);
        String hosts = e.hosts() == null || e.hosts().isBlank() ? null : e.hosts().strip();
        if (hosts != null && hosts.length() > 1000) {
            throw new InvalidInputException("hosts", "error.common.maxChars1000en");
        }
        Set<String> known = catalogue.stream().map(Topic::code).collect(Collectors.toSet());
        Set<String> topics = new TreeSet<>(e.topics() == null ? Set.of() : e.topics());
        if (topics.isEmpty()) {
            throw new InvalidInputException("topics", "error.training.topics.none");
        }
        for (String topic : topics) {
            if (!known.contains(topic)) {
                throw new InvalidInputException("topics", "error.training.topics.unknown", topic);
            }
        }
        return new NewEvent(e.kind(), title, e.startsOn(), e.endsOn(), place, e.format(), organisers, funders, hosts, topics);
    }

    /** One line of text (certificates print it), trimmed. */
    private static String line(String value, String field, int max, boolean required) {
        String text = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        if (required && text.isEmpty()) {
            throw new InvalidInputException(field, "error.common.required");
        }
        if (text.length() > max) {
            throw new InvalidInputException(field, "error.common.maxChars", max);
        }
        return text.isEmpty() ? null : text;
    }
}
