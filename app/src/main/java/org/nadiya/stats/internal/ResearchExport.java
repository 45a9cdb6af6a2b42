package org.nadiya.stats.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.security.CurrentUser;
import org.nadiya.disclosure.Generalisation;
import org.nadiya.disclosure.KAnonymity;
import org.nadiya.victims.ConsentScope;
import org.nadiya.victims.Consents;
import org.springframework.stereotype.Service;

/**
 * The record-level research export: one row per person who consented to statistical use, in the variables and codes
 * of CTDC's global dataset (docs/sources.md; Nadiya's macro-region last), generalised (year, macro-region, broad age
 * band) and k-anonymised on the quasi-identifiers; unknown and suppressed values are CTDC's missing code.
 */
@Service
class ResearchExport {

    static final List<String> COLUMNS = columns();
    /** Quasi-identifiers, the most identifying first: they lose their value in this order when a class is small. */
    static final List<String> QUASI_IDENTIFIERS = List.of("CountryOfExploitation", "citizenship", "macroRegion",
            "ageBroad", "majorityStatus", "gender", "yearOfRegistration");
    /** Nadiya's own column (not a CTDC variable), last. */
    static final String MACRO_REGION = "macroRegion";

    private final VictimFacts victims;
    private final Consents consents;
    private final StatsAccess access;
    private final AuditLog audit;

    ResearchExport(VictimFacts victims, Consents consents, StatsAccess access, AuditLog audit) {
        this.victims = victims;
        this.consents = consents;
        this.access = access;
        this.audit = audit;
    }

    KAnonymity.Result export(CurrentUser user, LocalDate from, LocalDate to, int k) {
        access.checkRecordExport(user);
        List<List<String>> rows = new ArrayList<>();
        int withoutConsent = 0;
        for (VictimFacts.PersonFact person : victims.persons(from, to)) {
            if (!consents.allows(person.id(), ConsentScope.USE_IN_STATISTICS, null)) {
                withoutConsent++;
                continue;
            }
            rows.add(row(person));
        }
        var anonymous = new KAnonymity(k).anonymise(COLUMNS, rows, QUASI_IDENTIFIERS);
        var result = new KAnonymity.Result(anonymous.columns(), anonymous.rows().stream().map(ResearchExport::ctdc)
                .toList(), anonymous.suppressedValues(), anonymous.droppedRecords());
        audit.record(AuditEvent.allowed("STATS_RESEARCH_EXPORT", "stats", "research").with("k=" + k + " rows="
                + result.rows().size() + " dropped=" + result.droppedRecords() + " withoutConsent=" + withoutConsent));
        return result;
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("yearOfRegistration", "gender", "ageBroad", "majorityStatus",
                "citizenship", "CountryOfExploitation"));
        columns.addAll(CtdcValues.VARIABLES);
        columns.add(MACRO_REGION);
        return List.copyOf(columns);
    }

    private static List<String> row(VictimFacts.PersonFact p) {
        List<String> row = new ArrayList<>(List.of(Generalisation.year(p.registeredOn()), gender(p.sex()), p.ageBand(),
                Generalisation.majorityStatus(p.ageBand()), p.citizenship().equals(StatsTable.UNKNOWN)
                        ? Generalisation.UNKNOWN : p.citizenship(),
                p.exploitationCountries().isEmpty() ? Generalisation.UNKNOWN : String.join(";", p.exploitationCountries())));
        row.addAll(CtdcValues.exploitation(p.exploitationForms()));
        row.add(Generalisation.macroRegion(p.regionCode()));
        return row;
    }

    /** Unknown and suppressed values as CTDC publishes both: its missing-data code. */
    private static List<String> ctdc(List<String> row) {
        return row.stream().map(v -> v.equals(Generalisation.UNKNOWN) || v.equals(KAnonymity.SUPPRESSED)
                ? CtdcValues.MISSING : v).toList();
    }

    private static String gender(String sex) {
        return switch (sex) {
            case "FEMALE" -> "Female";
            case "MALE" -> "Male";
            default -> Generalisation.UNKNOWN;
        };
    }
}
