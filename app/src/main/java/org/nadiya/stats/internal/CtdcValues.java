package org.nadiya.stats.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One person's forms of exploitation as the CTDC Global Dataset codes them (variable names and values of CTDC's
 * k-anonymised global dataset, docs/sources.md): flags 1/0, {@value #MISSING} where nothing is known, and the
 * concatenated variables holding CTDC's own category names joined by ';'. Begging and illicit activities are types
 * of forced labour in CTDC; debt bondage is a means of control, not a type of exploitation.
 */
final class CtdcValues {

    /** CTDC's code for missing data; suppressed values are published the same way. */
    static final String MISSING = "-99";

    static final List<String> VARIABLES = List.of("meansOfControlDebtBondage", "meansOfControlConcatenated",
            "isForcedLabour", "isSexualExploit", "isOtherExploit", "isSexAndLabour", "isForcedMarriage",
            "isForcedMilitary", "isOrganRemoval", "isSlaveryAndPractices", "typeOfExploitConcatenated",
            "typeOfLabourBegging", "typeOfLabourIllicitActivities", "typeOfLabourConcatenated", "typeOfSexPornography",
            "typeOfSexConcatenated");

    private static final Set<String> SEXUAL = Set.of("SEXUAL_EXPLOITATION", "PORNOGRAPHY");
    private static final Set<String> LABOUR = Set.of("FORCED_LABOUR", "FORCED_SERVICES", "FORCED_BEGGING",
            "CRIMINAL_ACTIVITY");
    private static final Set<String> SLAVERY = Set.of("SLAVERY", "SERVITUDE");
    private static final Set<String> OTHER = Set.of("EXPERIMENTS", "ADOPTION_FOR_PROFIT", "FORCED_PREGNANCY",
            "FORCED_ABORTION");

    private CtdcValues() {
    }

    /** The values of {@link #VARIABLES}, in that order, for one person's forms (Nadiya's codes). */
    static List<String> exploitation(List<String> forms) {
        Map<String, String> v = new LinkedHashMap<>();
        boolean debtBondage = forms.contains("DEBT_BONDAGE");
        v.put("meansOfControlDebtBondage", debtBondage ? "1" : MISSING);
        v.put("meansOfControlConcatenated", debtBondage ? "Debt bondage" : MISSING);
        boolean labour = forms.stream().anyMatch(LABOUR::contains);
        boolean sexual = forms.stream().anyMatch(SEXUAL::contains);
        boolean marriage = forms.contains("FORCED_MARRIAGE");
        boolean military = forms.contains("ARMED_CONFLICT");
        boolean organs = forms.contains("ORGAN_REMOVAL");
        boolean slavery = forms.stream().anyMatch(SLAVERY::contains);
        boolean other = forms.stream().anyMatch(OTHER::contains);
        boolean anyType = labour || sexual || marriage || military || organs || slavery || other;
        v.put("isForcedLabour", flag(anyType, labour));
        v.put("isSexualExploit", flag(anyType, sexual));
        v.put("isOtherExploit", flag(anyType, other));
        v.put("isSexAndLabour", flag(anyType, sexual && labour));
        v.put("isForcedMarriage", flag(anyType, marriage));
        v.put("isForcedMilitary", flag(anyType, military));
        v.put("isOrganRemoval", flag(anyType, organs));
        v.put("isSlaveryAndPractices", flag(anyType, slavery));
        List<String> types = new ArrayList<>();
        add(types, labour, "Forced labour");
        add(types, sexual, "Sexual exploitation");
        add(types, sexual && labour, "Combined sexual and labour exploitation");
        add(types, marriage, "Forced marriage");
        add(types, military, "Forced military");
        add(types, organs, "Organ removal");
        add(types, slavery, "Slavery and similar practices");
        add(types, other, "Other");
        v.put("typeOfExploitConcatenated", concatenated(types));
        boolean begging = forms.contains("FORCED_BEGGING");
        boolean illicit = forms.contains("CRIMINAL_ACTIVITY");
        v.put("typeOfLabourBegging", flag(labour, begging));
        v.put("typeOfLabourIllicitActivities", flag(labour, illicit));
        var labourTypes = new TreeSet<String>();
        add(labourTypes, begging, "Begging");
        add(labourTypes, illicit, "Illicit activities");
        v.put("typeOfLabourConcatenated", concatenated(List.copyOf(labourTypes)));
        boolean pornography = forms.contains("PORNOGRAPHY");
        v.put("typeOfSexPornography", flag(sexual, pornography));
        v.put("typeOfSexConcatenated", pornography ? "Pornography" : MISSING);
        return List.copyOf(v.values());
    }

    /** 1 or 0 when the group is known for this person, else missing. */
    private static String flag(boolean known, boolean value) {
        return !known ? MISSING : value ? "1" : "0";
    }

    private static void add(java.util.Collection<String> values, boolean when, String value) {
        if (when) {
            values.add(value);
        }
    }

    private static String concatenated(List<String> values) {
        return values.isEmpty() ? MISSING : String.join(";", values);
    }
}
