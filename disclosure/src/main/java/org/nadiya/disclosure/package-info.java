/**
 * Statistical disclosure control for every count leaving a case team, consistent across every query a user can
 * combine: the cell-key method ({@link org.nadiya.disclosure.CellKeyMethod}), record keys, count tables with their
 * margins, and k-anonymity with generalisation for record-level exports. Plain Java (no Spring, no database): used
 * by the statistics, training and screening reports of the application (decision 0036).
 */
package org.nadiya.disclosure;
