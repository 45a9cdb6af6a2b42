/**
 * The screening's scoring core: the indicator catalogue, its reader and the scoring rules. Plain Java (no Spring),
 * so it can be tested and reused on its own; only the application wraps it.
 */
package org.nadiya.identification.indicators;
