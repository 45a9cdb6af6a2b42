package org.nadiya.cases;

import java.time.LocalDate;

/** A line of the proceedings list. */
public record ProceedingRow(long id, String erdrNumber, LocalDate registeredOn, String regionCode, Stage stage,
                            InvestigativeBody investigativeBody, boolean crsv, boolean transnational,
                            String qualifications, LocalDate deadlineOn, String summary) {

    public PretrialDeadline.Warning warningOn(LocalDate today) {
        return deadlineOn == null || stage != Stage.SUSPICION_NOTIFIED ? PretrialDeadline.Warning.NONE
                : PretrialDeadline.Warning.of(java.time.temporal.ChronoUnit.DAYS.between(today, deadlineOn));
    }
}
