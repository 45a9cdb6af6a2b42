package org.nadiya.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What a user enters to register or edit a proceeding. */
public record ProceedingDraft(String erdrNumber, LocalDate registeredOn, String regionCode, String summary,
                              List<LegalQualification> qualifications, boolean crsv, boolean transnational,
                              Set<String> countries, Set<ExploitationForm> exploitationForms,
                              InvestigativeBody investigativeBody, String bodyReason) {
}
