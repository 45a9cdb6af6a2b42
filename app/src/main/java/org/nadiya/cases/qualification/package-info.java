/**
 * The qualification assistant for Art. 149 of the Criminal Code: facts in, suggested part, grounds, penalty
 * and investigative jurisdiction out. It advises; the prosecutor decides. Plain Java without Spring, exposed
 * to other modules (the command line) as the named interface {@code qualification}.
 */
@org.springframework.modulith.NamedInterface("qualification")
package org.nadiya.cases.qualification;
