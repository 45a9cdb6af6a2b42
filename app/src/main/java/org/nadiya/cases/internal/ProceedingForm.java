package org.nadiya.cases.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.nadiya.cases.ExploitationForm;
import org.nadiya.cases.InvestigativeBody;
import org.nadiya.cases.LegalQualification;
import org.nadiya.cases.Proceeding;
import org.nadiya.cases.ProceedingDraft;
import org.nadiya.kernel.InvalidInputException;

/** The create/edit form as submitted: text fields kept as typed so that an error shows them back. */
public record ProceedingForm(String erdrNumber, String registeredOn, String regionCode, String summary,
                             String qualifications, Boolean crsv, Boolean transnational, String countries,
                             List<String> forms, String investigativeBody, String bodyReason, Integer version) {

    static ProceedingForm empty(LocalDate today) {
        return new ProceedingForm("", today.toString(), "", "", "149.1", false, false, "", List.of(), "NPU", "", 0);
    }

    static ProceedingForm of(Proceeding p) {
        return new ProceedingForm(p.erdrNumber(), p.registeredOn().toString(), p.regionCode(), p.summary(),
                p.qualificationText(), p.crsv(), p.transnational(), String.join(", ", p.countries()),
                p.exploitationForms().stream().map(Enum::name).toList(), p.investigativeBody().name(),
                p.bodyReason() == null ? "" : p.bodyReason(), p.version());
    }

    int versionOrZero() {
        return version == null ? 0 : version;
    }

    public boolean has(String form) {
        return forms != null && forms.contains(form);
    }

    ProceedingDraft toDraft() {
        LocalDate on;
        try {
            on = registeredOn == null || registeredOn.isBlank() ? null : LocalDate.parse(registeredOn.trim());
        } catch (java.time.DateTimeException e) {
            throw new InvalidInputException("registeredOn", "error.common.date.notDate", registeredOn);
        }
        List<LegalQualification> qs = split(qualifications).stream().map(LegalQualification::parse).toList();
        Set<ExploitationForm> parsedForms = EnumSet.noneOf(ExploitationForm.class);
        for (String f : forms == null ? List.<String>of() : forms) {
            try {
                parsedForms.add(ExploitationForm.valueOf(f));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("forms", "error.cases.forms.unknown", f);
            }
        }
        InvestigativeBody body;
        try {
            body = investigativeBody == null || investigativeBody.isBlank() ? null : InvestigativeBody.valueOf(investigativeBody);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("investigativeBody", "error.cases.body.unknown", investigativeBody);
        }
        return new ProceedingDraft(erdrNumber, on, regionCode, summary, qs, Boolean.TRUE.equals(crsv),
                Boolean.TRUE.equals(transnational),
                new LinkedHashSet<>(split(countries)), parsedForms, body, bodyReason);
    }

    private static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,;]")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toList());
    }
}
