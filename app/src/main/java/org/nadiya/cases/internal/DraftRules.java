package org.nadiya.cases.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.nadiya.cases.InvestigativeBody;
import org.nadiya.cases.ProceedingDraft;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.kernel.Text;
import org.nadiya.security.ReferenceData;

/** Checks a proceeding's register data and names the field at fault. */
final class DraftRules {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private DraftRules() {
    }

    static ProceedingDraft check(ProceedingDraft d, ReferenceData reference, LocalDate today) {
        String erdr = d.erdrNumber() == null ? "" : d.erdrNumber().trim();
        if (!erdr.matches("\\d{17}")) {
            throw new InvalidInputException("erdrNumber", "error.cases.erdrNumber.digits", erdr);
        }
        if (d.registeredOn() == null) {
            throw new InvalidInputException("registeredOn", "error.cases.registeredOn.required");
        }
        if (d.registeredOn().isAfter(today)) {
            throw new InvalidInputException("registeredOn", "error.cases.registeredOn.future", d.registeredOn());
        }
        if (d.regionCode() == null || reference.region(d.regionCode()).isEmpty()) {
            throw new InvalidInputException("regionCode", "error.common.region.unknown", d.regionCode());
        }
        String summary = d.summary() == null ? "" : d.summary().trim();
        if (summary.isEmpty() || summary.length() > 4000) {
            throw new InvalidInputException("summary", "error.cases.summary.length");
        }
        if (d.qualifications() == null || d.qualifications().isEmpty()) {
            throw new InvalidInputException("qualifications", "error.cases.qualifications.none");
        }
        if (d.qualifications().size() > 10 || d.qualifications().stream().distinct().count() < d.qualifications().size()) {
            throw new InvalidInputException("qualifications", "error.cases.qualifications.tooMany");
        }
        Set<String> countries = new TreeSet<>();
        for (String c : d.countries() == null ? Set.<String>of() : d.countries()) {
            String code = c == null ? "" : c.trim().toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(code)) {
                throw new InvalidInputException("countries", "error.common.country.code", c);
            }
            countries.add(code);
        }
        // Naming a country other than Ukraine is what makes a proceeding transnational: the flag follows the list.
        boolean foreign = countries.stream().anyMatch(c -> !c.equals("UA"));
        if (d.transnational() && !foreign) {
            throw new InvalidInputException("countries", "error.cases.countries.required");
        }
        if (d.investigativeBody() == null) {
            throw new InvalidInputException("investigativeBody", "error.cases.body.choose");
        }
        String reason = d.bodyReason() == null || d.bodyReason().isBlank() ? null : d.bodyReason().trim();
        InvestigativeBody suggested = suggestedBody(d);
        if (d.investigativeBody() != suggested && reason == null) {
            throw new InvalidInputException("bodyReason", "error.cases.bodyReason.required", Text.label("body", suggested), Text.label("body", d.investigativeBody()));
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
