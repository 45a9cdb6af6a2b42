/**
 * Criminal proceedings: qualification, investigative jurisdiction, procedural deadlines, team and evidence.
 * {@link org.nadiya.cases.qualification} (the qualification assistant) is plain Java, so the command line can
 * run it without starting Spring.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Criminal proceedings")
package org.nadiya.cases;
