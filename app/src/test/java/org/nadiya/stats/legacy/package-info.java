/**
 * The per-table cell suppression the statistics published with until decision 0036 (primary suppression of 1–4,
 * complementary suppression checked by exact elimination within one table), kept unchanged as the baseline of
 * {@code DifferencingAttackTest}: the attack recovers hundreds of small cells from it across queries.
 */
package org.nadiya.stats.legacy;
