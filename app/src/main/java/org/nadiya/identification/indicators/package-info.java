/**
 * The screening's scoring core: the indicator catalogue, its reader and the scoring rules. Plain Java (no Spring),
 * so it can be tested and run on its own; exposed to other modules (the command line) as the named interface
 * {@code indicators}.
 */
@org.springframework.modulith.NamedInterface("indicators")
package org.nadiya.identification.indicators;
