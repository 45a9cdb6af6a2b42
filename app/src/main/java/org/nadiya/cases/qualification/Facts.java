package org.nadiya.cases.qualification;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** What is known of one episode, in the vocabulary of Art. 149. Absent facts are empty, false or {@code NONE}. */
public record Facts(Set<Act> acts, Set<Means> means, Violence violence, Set<Purpose> purposes,
                    List<Victim> victims, Offender offender, boolean repeated, GroupForm group,
                    boolean graveConsequences, boolean victimConsented) {

    public static final Facts NONE = new Facts(Set.of(), Set.of(), Violence.NONE, Set.of(), List.of(),
            Offender.NONE, false, GroupForm.NONE, false, false);

    public Facts {
        acts = copy(acts, Act.class);
        means = copy(means, Means.class);
        purposes = copy(purposes, Purpose.class);
        victims = List.copyOf(victims);
        violence = Objects.requireNonNull(violence, "violence");
        offender = Objects.requireNonNull(offender, "offender");
        group = Objects.requireNonNull(group, "group");
    }

    public boolean anyMinorVictim() {
        return victims.stream().anyMatch(Victim::isMinor);
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        var ordered = EnumSet.noneOf(type);
        ordered.addAll(values);
        return Collections.unmodifiableSet(ordered);
    }

    /**
     * One victim.
     *
     * @param age in whole years, or {@code null} when unknown: a person of unclear age is treated as a child
     *            (Law 3739-VI Art. 3), though not as a child under 14, which must be established
     */
    public record Victim(Integer age, OffenderRelation offenderRelation) {

        public Victim {
            Objects.requireNonNull(offenderRelation, "offenderRelation");
        }

        public boolean isMinor() {
            return age == null || age < 18;
        }

        public boolean isUnder14() {
            return age != null && age < 14;
        }
    }

    public record Offender(boolean officialUsingPosition, OffenderCategory category) {

        public static final Offender NONE = new Offender(false, OffenderCategory.NONE);

        public Offender {
            Objects.requireNonNull(category, "category");
        }
    }
}
