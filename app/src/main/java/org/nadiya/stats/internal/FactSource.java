package org.nadiya.stats.internal;

import java.time.LocalDate;
import java.util.List;

/** Facts of one kind for a period (either bound may be null: open). */
@FunctionalInterface
interface FactSource {

    List<Fact> facts(LocalDate from, LocalDate to);
}
