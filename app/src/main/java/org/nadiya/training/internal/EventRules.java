package org.nadiya.training.internal;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.nadiya.security.InvalidInputException;
import org.nadiya.training.NewEvent;
import org.nadiya.training.Topic;
import org.springframework.stereotype.Component;

/** Checks a new event, naming the field at fault; topics come from the catalogue. */
@Component
class EventRules {

    NewEvent check(NewEvent e, List<Topic> catalogue) {
        if (e == null || e.kind() == null) {
            throw new InvalidInputException("kind", "choose training, study visit or workshop");
        }
        String title = line(e.title(), "title", 300, true);
        if (e.startsOn() == null) {
            throw new InvalidInputException("startsOn", "give the first day (YYYY-MM-DD)");
        }
        if (e.endsOn() == null || e.endsOn().isBefore(e.startsOn())) {
            throw new InvalidInputException("endsOn", "give the last day, on or after the first");
        }
        if (e.startsOn().plusDays(60).isBefore(e.endsOn())) {
            throw new InvalidInputException("endsOn", "an event lasts at most 60 days");
        }
        String place = line(e.place(), "place", 200, true);
        if (e.format() == null) {
            throw new InvalidInputException("format", "choose in person or online");
        }
        String organisers = line(e.organisers(), "organisers", 500, true);
        String funders = line(e.funders(), "funders", 500, false);
        String hosts = e.hosts() == null || e.hosts().isBlank() ? null : e.hosts().strip();
        if (hosts != null && hosts.length() > 1000) {
            throw new InvalidInputException("hosts", "at most 1000 characters");
        }
        Set<String> known = catalogue.stream().map(Topic::code).collect(Collectors.toSet());
        Set<String> topics = new TreeSet<>(e.topics() == null ? Set.of() : e.topics());
        if (topics.isEmpty()) {
            throw new InvalidInputException("topics", "choose at least one topic of the curriculum");
        }
        for (String topic : topics) {
            if (!known.contains(topic)) {
                throw new InvalidInputException("topics", "unknown topic " + topic);
            }
        }
        return new NewEvent(e.kind(), title, e.startsOn(), e.endsOn(), place, e.format(), organisers, funders, hosts, topics);
    }

    /** One line of text (certificates print it), trimmed. */
    private static String line(String value, String field, int max, boolean required) {
        String text = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        if (required && text.isEmpty()) {
            throw new InvalidInputException(field, "fill in this field");
        }
        if (text.length() > max) {
            throw new InvalidInputException(field, "at most " + max + " characters");
        }
        return text.isEmpty() ? null : text;
    }
}
