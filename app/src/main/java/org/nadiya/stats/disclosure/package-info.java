/**
 * Disclosure control for counts leaving a case team: primary and complementary suppression, rounding, k-anonymity.
 * Plain Java (no Spring); exposed to other modules that publish counts (the training report) as the named
 * interface {@code disclosure}, so every published figure follows the same rules.
 */
@org.springframework.modulith.NamedInterface("disclosure")
package org.nadiya.stats.disclosure;
