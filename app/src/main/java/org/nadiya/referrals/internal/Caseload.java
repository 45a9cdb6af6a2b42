package org.nadiya.referrals.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.nadiya.referrals.Referral;
import org.nadiya.victims.PersonRow;

/**
 * One line of the coordinator dashboard's caseload: the persons a responsible coordinator answers for in a region
 * (coordinator null: nobody has taken them on yet) and their active referrals.
 */
public record Caseload(String coordinator, String regionCode, int persons, int activeReferrals) {

    /** Lines per coordinator and region over the persons the dashboard's user sees, coordinator then region. */
    static List<Caseload> of(Collection<PersonRow> persons, Collection<Referral> active) {
        Map<Long, PersonRow> byId = new TreeMap<>();
        persons.forEach(p -> byId.put(p.id(), p));
        Map<List<String>, int[]> counts = new TreeMap<>(Comparator.<List<String>, String>comparing(k -> k.get(0))
                .thenComparing(k -> k.get(1)));
        for (PersonRow p : persons) {
            counts.computeIfAbsent(key(p), k -> new int[2])[0]++;
        }
        for (Referral r : active) {
            PersonRow p = byId.get(r.personId());
            if (p != null) {
                counts.computeIfAbsent(key(p), k -> new int[2])[1]++;
            }
        }
        List<Caseload> lines = new ArrayList<>();
        counts.forEach((k, n) -> lines.add(new Caseload(k.get(0).isEmpty() ? null : k.get(0), k.get(1), n[0], n[1])));
        return lines;
    }

    private static List<String> key(PersonRow p) {
        return List.of(p.coordinator() == null ? "" : p.coordinator(), p.regionCode());
    }
}
