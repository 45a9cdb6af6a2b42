package org.nadiya.flow.detect;

import java.util.List;

/** Alerts that overlap on the same accounts, merged so analysts see one case of each pattern cluster. */
public record Finding(String id, List<Typology> typologies, double score, List<Integer> accounts,
                      List<Integer> transactions, List<String> alertIds) {
}
