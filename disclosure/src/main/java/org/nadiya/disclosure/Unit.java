package org.nadiya.disclosure;

import java.util.List;
import java.util.Map;

/**
 * One counted unit (a person, a proceeding, a referral...) as a module publishes it for statistics: its id (for
 * the owner's own checks, never published), its record key ({@link RecordKeys}) and its category in each dimension.
 * A dimension may hold several values (a person exploited in two forms): the unit is then counted once in each.
 */
public record Unit(long id, long key, Map<String, List<String>> values) {

    public static final String UNKNOWN = "UNKNOWN";

    public Unit {
        values = Map.copyOf(values);
    }

    /** The unit's values in the dimension; {@link #UNKNOWN} when it has none recorded. */
    public List<String> of(String dimension) {
        List<String> v = values.get(dimension);
        return v == null || v.isEmpty() ? List.of(UNKNOWN) : v;
    }

    /** Whether the unit has every value of the conjunction (a filter such as region=UA-46 and sex=FEMALE). */
    public boolean matches(Map<String, String> conjunction) {
        return conjunction.entrySet().stream().allMatch(e -> of(e.getKey()).contains(e.getValue()));
    }
}
