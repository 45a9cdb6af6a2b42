package org.nadiya.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.nadiya.security.Restricted;

/** A proceeding as its team sees it. {@code deadline} is null until the notice of suspicion. */
public record Proceeding(long id, String erdrNumber, LocalDate registeredOn, String regionCode, String summary,
                         List<LegalQualification> qualifications, boolean crsv, boolean transnational,
                         Set<String> countries, Set<ExploitationForm> exploitationForms,
                         InvestigativeBody investigativeBody, String bodyReason, Stage stage, String closureGround,
                         LocalDate suspicionOn, Seriousness seriousness, PretrialDeadline deadline,
                         List<TeamMember> team, int version) implements Restricted {

    @Override
    public Set<Long> teamUserIds() {
        return team.stream().map(TeamMember::userId).collect(Collectors.toSet());
    }

    public String qualificationText() {
        return qualifications.stream().map(LegalQualification::toString).collect(Collectors.joining(", "));
    }

    public ProceedingDraft toDraft() {
        return new ProceedingDraft(erdrNumber, registeredOn, regionCode, summary, qualifications, crsv, transnational,
                countries, exploitationForms, investigativeBody, bodyReason);
    }
}
