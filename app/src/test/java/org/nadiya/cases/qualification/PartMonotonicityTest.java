package org.nadiya.cases.qualification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.nadiya.cases.qualification.Facts.Offender;
import org.nadiya.cases.qualification.Facts.Victim;

/**
 * Property: adding a part-3 ground to any facts never lowers the part, and when the facts already make out
 * Art. 149 the result is part 3. Random facts from a fixed seed; a failure prints the seed and the facts.
 */
class PartMonotonicityTest {

    private static final long SEED = 20260149L;
    private static final int RUNS = 2_000;

    private final QualificationAssistant assistant = new QualificationAssistant();

    /** Adds one part-3 ground; violence and group hold one value, so those replace their part-2 ground. */
    private record Addition(String ground, UnaryOperator<Facts> apply, String replaces) {
    }

    private static final List<Addition> PART_THREE_GROUNDS = List.of(
            new Addition("child_under_14", f -> victims(f, new Victim(11, OffenderRelation.NONE)), null),
            new Addition("minor_by_parent_or_guardian", f -> victims(f, new Victim(16, OffenderRelation.GUARDIAN)), null),
            new Addition("organised_group", f -> new Facts(f.acts(), f.means(), f.violence(), f.purposes(), f.victims(),
                    f.offender(), f.repeated(), GroupForm.ORGANISED, f.graveConsequences(), f.victimConsented()),
                    "prior_conspiracy"),
            new Addition("dangerous_violence", f -> new Facts(f.acts(), f.means(), Violence.DANGEROUS_THREAT,
                    f.purposes(), f.victims(), f.offender(), f.repeated(), f.group(), f.graveConsequences(),
                    f.victimConsented()), "non_dangerous_violence"),
            new Addition("grave_consequences", f -> new Facts(f.acts(), f.means(), f.violence(), f.purposes(),
                    f.victims(), f.offender(), f.repeated(), f.group(), true, f.victimConsented()), null));

    @Test
    void addingAPartThreeGroundNeverLowersThePart() {
        var random = new Random(SEED);
        for (int run = 0; run < RUNS; run++) {
            Facts facts = randomFacts(random);
            var before = assistant.qualify(facts);
            for (Addition addition : PART_THREE_GROUNDS) {
                var after = assistant.qualify(addition.apply().apply(facts));
                String context = "seed " + SEED + ", run " + run + ", adding " + addition.ground() + " to " + facts;
                if (before.holds()) {
                    assertThat(after.part()).as(context).isEqualTo(3);
                    var kept = before.groundIds().stream().filter(id -> !id.equals(addition.replaces())).toList();
                    assertThat(after.groundIds()).as(context).containsAll(kept).contains(addition.ground());
                } else {
                    assertThat(after.part()).as(context).isIn(null, 3);
                }
            }
        }
    }

    private static Facts victims(Facts f, Victim added) {
        var victims = new ArrayList<>(f.victims());
        victims.add(added);
        return new Facts(f.acts(), f.means(), f.violence(), f.purposes(), victims, f.offender(), f.repeated(), f.group(),
                f.graveConsequences(), f.victimConsented());
    }

    private static Facts randomFacts(Random random) {
        List<Victim> victims = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            Integer age = random.nextInt(6) == 0 ? null : random.nextInt(60);
            victims.add(new Victim(age, pick(random, OffenderRelation.values())));
        }
        return new Facts(subset(random, Act.class), subset(random, Means.class), pick(random, Violence.values()),
                subset(random, Purpose.class), victims,
                new Offender(random.nextBoolean(), pick(random, OffenderCategory.values())), random.nextBoolean(),
                pick(random, GroupForm.values()), random.nextInt(4) == 0, random.nextBoolean());
    }

    private static <E extends Enum<E>> Set<E> subset(Random random, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        for (E value : type.getEnumConstants()) {
            if (random.nextInt(3) == 0) {
                values.add(value);
            }
        }
        return values;
    }

    private static <E> E pick(Random random, E[] values) {
        // Bias towards the first value ("none") so that part-1 and part-2 facts come up often.
        return random.nextBoolean() ? values[0] : values[random.nextInt(values.length)];
    }
}
