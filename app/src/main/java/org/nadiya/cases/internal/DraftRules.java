package org.nadiya.cases.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.nadiya.cases.InvestigativeBody;
import org.nadiya.cases.ProceedingDraft;
import org.nadiya.security.InvalidInputException;
import org.nadiya.security.ReferenceData;

/** Checks a proceeding's register data and names the field at fault. */
final class DraftRules {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private DraftRules() {
    }

    static ProceedingDraft check(ProceedingDraft d, ReferenceData reference, LocalDate today) {
        String erdr = d.erdrNumber() == null ? "" : d.erdrNumber().trim();
        if (!erdr.matches("\\d{17}")) {
            throw new InvalidInputException("erdrNumber", "the ERDR number has exactly 17 digits; '" + erdr + "' does not");
        }
        if (d.registeredOn() == null) {
            throw new InvalidInputException("registeredOn", "give the date of the ERDR entry");
        }
        if (d.registeredOn().isAfter(today)) {
            throw new InvalidInputException("registeredOn", "the ERDR entry date " + d.registeredOn() + " is in the future");
        }
        if (d.regionCode() == null || reference.region(d.regionCode()).isEmpty()) {
            throw new InvalidInputException("regionCode", "unknown region '" + d.regionCode() + "'");
        }
        String summary = d.summary() == null ? "" : d.summary().trim();
        if (summary.isEmpty() || summary.length() > 4000) {
            throw new InvalidInputException("summary", "give a summary of 1 to 4000 characters");
        }
        if (d.qualifications() == null || d.qualifications().isEmpty()) {
            throw new InvalidInputException("qualifications", "give at least one article and part, e.g. 149.2");
        }
        if (d.qualifications().size() > 10 || d.qualifications().stream().distinct().count() < d.qualifications().size()) {
            throw new InvalidInputException("qualifications", "give at most 10 different articles and parts");
        }
        Set<String> countries = new TreeSet<>();
        for (String c : d.countries() == null ? Set.<String>of() : d.countries()) {
            String code = c == null ? "" : c.trim().toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(code)) {
                throw new InvalidInputException("countries", "'" + c + "' is not an ISO 3166-1 alpha-2 country code");
            }
            countries.add(code);
        }
        // Naming a country other than Ukraine is what makes a proceeding transnational: the flag follows the list.
        boolean foreign = countries.stream().anyMatch(c -> !c.equals("UA"));
        if (d.transnational() && !foreign) {
            throw new InvalidInputException("countries", "a transnational proceeding names the other countries involved");
        }
        if (d.investigativeBody() == null) {
            throw new InvalidInputException("investigativeBody", "choose the investigative body");
        }
        String reason = d.bodyReason() == null || d.bodyReason().isBlank() ? null : d.bodyReason().trim();
        InvestigativeBody suggested = suggestedBody(d);
        if (d.investigativeBody() != suggested && reason == null) {
            throw new InvalidInputException("bodyReason", "CPC Art. 216 suggests " + suggested
                    + " for this qualification; give the reason for " + d.investigativeBody()
                    + " (e.g. the suspect is a police officer: Art. 216(4))");
        }
        return new ProceedingDraft(erdr, d.registeredOn(), d.regionCode(), summary, d.qualifications(), d.crsv(),
                foreign, countries, d.exploitationForms() == null ? Set.of() : d.exploitationForms(),
                d.investigativeBody(), reason);
    }

    /** CPC Art. 216 by the articles alone: war crimes (438) to the SBU, the trafficking articles to the police. */
    static InvestigativeBody suggestedBody(ProceedingDraft d) {
        return d.qualifications().stream().anyMatch(q -> q.article().equals("438")) ? InvestigativeBody.SBU
                : InvestigativeBody.NPU;
    }
}
