/**
 * Criminal proceedings on trafficking: register, qualification, investigative body, stages, deadlines,
 * team, tasks, evidence, hearings and timeline, all under need-to-know.
 * {@link org.nadiya.cases.qualification} (the qualification assistant) is plain Java, so the command line can
 * run it without starting Spring.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Criminal proceedings")
package org.nadiya.cases;
