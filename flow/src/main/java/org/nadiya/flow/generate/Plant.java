package org.nadiya.flow.generate;

import java.util.List;
import java.util.Set;

import org.nadiya.flow.detect.Typology;

/**
 * One planted pattern: its typology, the accounts and transaction ids that make it, and the other typologies it
 * legitimately also shows (a 4-hop cycle is also a stack chain), which count as correct alerts too.
 */
public record Plant(Typology typology, List<String> accounts, List<String> transactions, Set<Typology> implies) {
}
