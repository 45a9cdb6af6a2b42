package org.nadiya.screen;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One indicator of the rules file: its terms in Ukrainian, Russian and English (regular expressions over the
 * folded text, matched from the start of a word), its weight, and where the guidance for it comes from. A
 * negative weight marks a mitigating sign (a registered employer, a written contract): it lowers the risk.
 */
public record IndicatorRule(String code, double weight, String description, String source, List<String> terms,
        Pattern pattern, Pattern anchored) {

    static IndicatorRule compile(String code, double weight, String description, String source, List<String> terms) {
        var alternation = new StringBuilder("(?:");
        for (int i = 0; i < terms.size(); i++) {
            if (i > 0) {
                alternation.append('|');
            }
            alternation.append(terms.get(i));
        }
        alternation.append(')');
        int flags = Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS;
        return new IndicatorRule(code, weight, description, source, List.copyOf(terms),
                Pattern.compile("(?<![\\p{L}\\d])" + alternation, flags), Pattern.compile(alternation.toString(), flags));
    }

    public boolean mitigating() {
        return weight < 0;
    }
}
