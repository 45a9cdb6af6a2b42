package org.nadiya.flow.generate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nadiya.flow.TransactionGraph;
import org.nadiya.flow.detect.Alert;
import org.nadiya.flow.detect.Typology;

/**
 * Detection quality against the ground truth. A plant is found when an alert of its typology shares a
 * transaction with it; an alert is correct when it shares a transaction with a plant of its typology or of one
 * that implies it.
 */
public final class Evaluation {

    public record Quality(Typology typology, int planted, int found, int alerts, int correct) {

        public double recall() {
            return planted == 0 ? Double.NaN : (double) found / planted;
        }

        public double precision() {
            return alerts == 0 ? Double.NaN : (double) correct / alerts;
        }
    }

    private Evaluation() {
    }

    public static List<Quality> of(TransactionGraph graph, List<Alert> alerts, List<Plant> plants) {
        Map<String, List<Plant>> byTransaction = new HashMap<>();
        for (Plant p : plants) {
            p.transactions().forEach(id -> byTransaction.computeIfAbsent(id, k -> new ArrayList<>()).add(p));
        }
        Map<Typology, Set<Plant>> found = new EnumMap<>(Typology.class);
        Map<Typology, int[]> counts = new EnumMap<>(Typology.class);
        for (Alert alert : alerts) {
            int[] c = counts.computeIfAbsent(alert.typology(), k -> new int[2]);
            c[0]++;
            boolean correct = false;
            for (int tx : alert.transactions()) {
                for (Plant p : byTransaction.getOrDefault(graph.id(tx), List.of())) {
                    if (p.typology() == alert.typology()) {
                        found.computeIfAbsent(p.typology(), k -> new HashSet<>()).add(p);
                        correct = true;
                    } else if (p.implies().contains(alert.typology())) {
                        correct = true;
                    }
                }
            }
            if (correct) {
                c[1]++;
            }
        }
        List<Quality> out = new ArrayList<>();
        for (Typology t : Typology.values()) {
            int planted = (int) plants.stream().filter(p -> p.typology() == t).count();
            int[] c = counts.getOrDefault(t, new int[2]);
            out.add(new Quality(t, planted, found.getOrDefault(t, Set.of()).size(), c[0], c[1]));
        }
        return out;
    }
}
