package org.nadiya.stats.internal;

import java.time.LocalDate;
import java.util.List;

import org.nadiya.disclosure.Unit;

/** Units of one kind for a period (both bounds null: all time), each with its record key. */
@FunctionalInterface
interface FactSource {

    List<Unit> facts(LocalDate from, LocalDate to);
}
