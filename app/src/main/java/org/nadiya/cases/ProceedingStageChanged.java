package org.nadiya.cases;

import java.time.LocalDate;

/**
 * Published when a proceeding moves to another stage, after the change commits. Other modules listen (with
 * {@code @ApplicationModuleListener}) to tell the people concerned, e.g. the support coordinator must inform
 * a victim that the suspect was notified or the indictment sent (CPC Art. 56).
 */
public record ProceedingStageChanged(long proceedingId, String erdrNumber, Stage from, Stage to, LocalDate on) {
}
