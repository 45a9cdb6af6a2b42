/**
 * Criminal proceedings on trafficking: register, qualification, investigative body, stages, deadlines,
 * team, tasks, evidence, hearings and timeline, all under need-to-know.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Criminal proceedings")
package org.nadiya.cases;
