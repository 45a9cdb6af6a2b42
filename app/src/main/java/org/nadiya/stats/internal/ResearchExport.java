package org.nadiya.stats.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.security.CurrentUser;
import org.nadiya.disclosure.Generalisation;
import org.nadiya.disclosure.KAnonymity;
import org.nadiya.victims.ConsentScope;
import org.nadiya.victims.Consents;
import org.springframework.stereotype.Service;

/**
 * The record-level research export: one row per person who consented to statistical use, in CTDC variable names
 * (docs/sources.md), generalised (year, macro-region, broad age band) and k-anonymised on the quasi-identifiers.
 */
@Service
class ResearchExport {

    static final List<String> COLUMNS = List.of("yearOfRegistration", "gender", "ageBroad", "majorityStatus",
            "citizenship", "macroRegion", "CountryOfExploitation", "isSexualExploit", "isForcedLabour",
            "isForcedMarriage", "isOtherExploit", "typeOfExploitConcatenated");
    /** Quasi-identifiers, the most identifying first: they lose their value in this order when a class is small. */
    static final List<String> QUASI_IDENTIFIERS = List.of("CountryOfExploitation", "citizenship", "macroRegion",
            "ageBroad", "majorityStatus", "gender", "yearOfRegistration");
    private static final Set<String> SEXUAL = Set.of("SEXUAL_EXPLOITATION", "PORNOGRAPHY");
    private static final Set<String> LABOUR = Set.of("FORCED_LABOUR", "FORCED_SERVICES", "SLAVERY", "SERVITUDE",
            "DEBT_BONDAGE");

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
        var result = new KAnonymity(k).anonymise(COLUMNS, rows, QUASI_IDENTIFIERS);
        audit.record(AuditEvent.allowed("STATS_RESEARCH_EXPORT", "stats", "research").with("k=" + k + " rows="
                + result.rows().size() + " dropped=" + result.droppedRecords() + " withoutConsent=" + withoutConsent));
        return result;
    }

    private static List<String> row(VictimFacts.PersonFact p) {
        List<String> forms = p.exploitationForms();
        boolean sexual = forms.stream().anyMatch(SEXUAL::contains);
        boolean labour = forms.stream().anyMatch(LABOUR::contains);
        boolean marriage = forms.contains("FORCED_MARRIAGE");
        boolean other = forms.stream().anyMatch(f -> !SEXUAL.contains(f) && !LABOUR.contains(f)
                && !f.equals("FORCED_MARRIAGE"));
        return List.of(Generalisation.year(p.registeredOn()), gender(p.sex()), p.ageBand(),
                Generalisation.majorityStatus(p.ageBand()), p.citizenship().equals(StatsTable.UNKNOWN)
                        ? Generalisation.UNKNOWN : p.citizenship(), Generalisation.macroRegion(p.regionCode()),
                p.exploitationCountries().isEmpty() ? Generalisation.UNKNOWN : String.join(";", p.exploitationCountries()),
                flag(sexual), flag(labour), flag(marriage), flag(other), String.join(";", forms));
    }

    private static String gender(String sex) {
        return switch (sex) {
            case "FEMALE" -> "Female";
            case "MALE" -> "Male";
            default -> Generalisation.UNKNOWN;
        };
    }

    private static String flag(boolean value) {
        return value ? "1" : "0";
    }
}
