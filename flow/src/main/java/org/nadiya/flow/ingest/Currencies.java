package org.nadiya.flow.ingest;

import java.util.Locale;
import java.util.Map;

/** Currency spellings met in Ukrainian statements mapped to ISO 4217 codes. */
final class Currencies {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("ГРН", "UAH"), Map.entry("ГРН.", "UAH"), Map.entry("₴", "UAH"), Map.entry("980", "UAH"),
            Map.entry("ДОЛ", "USD"), Map.entry("ДОЛ.", "USD"), Map.entry("$", "USD"), Map.entry("840", "USD"),
            Map.entry("ЄВРО", "EUR"), Map.entry("€", "EUR"), Map.entry("978", "EUR"),
            Map.entry("ЗЛ", "PLN"), Map.entry("985", "PLN"), Map.entry("826", "GBP"));

    private Currencies() {
    }

    static String normalise(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        String named = NAMES.get(t);
        if (named != null) {
            return named;
        }
        return t.length() == 3 && t.chars().allMatch(c -> c >= 'A' && c <= 'Z') ? t : null;
    }
}
