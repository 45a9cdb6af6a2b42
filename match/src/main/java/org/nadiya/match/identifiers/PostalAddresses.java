package org.nadiya.match.identifiers;

import java.util.Locale;
import java.util.Map;

import org.nadiya.match.names.KmuTransliteration;

/**
 * Postal addresses, normalised loosely: Latin by the KMU 2010 table, lower case, punctuation dropped, words that
 * only say what the next word is ("вулиця", "вул.", "ul.", "м.", "city") dropped, the flat number kept as "kv5",
 * and the words sorted, because one address is written in many orders. Two spellings then share a key.
 */
final class PostalAddresses {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("vulytsia", "vul"), Map.entry("ul", "vul"), Map.entry("ulitsa", "vul"), Map.entry("ulica", "vul"),
            Map.entry("street", "vul"), Map.entry("st", "vul"), Map.entry("str", "vul"),
            Map.entry("prospekt", "prosp"), Map.entry("pr", "prosp"), Map.entry("prt", "prosp"), Map.entry("avenue", "prosp"),
            Map.entry("provulok", "prov"), Map.entry("pereulok", "prov"), Map.entry("bulvar", "bulv"),
            Map.entry("ploshcha", "pl"), Map.entry("misto", "m"), Map.entry("gorod", "m"), Map.entry("city", "m"),
            Map.entry("selo", "s"), Map.entry("oblast", "obl"), Map.entry("raion", "r"), Map.entry("rn", "r"),
            Map.entry("budynok", ""), Map.entry("bud", ""), Map.entry("b", ""), Map.entry("dom", ""), Map.entry("d", ""),
            Map.entry("kvartyra", "kv"), Map.entry("kvartira", "kv"), Map.entry("apt", "kv"), Map.entry("flat", "kv"));

    private static final java.util.Set<String> MARKERS = java.util.Set.of("vul", "prosp", "prov", "bulv", "pl", "m", "s", "obl", "r");

    private PostalAddresses() {
    }

    static IdentifierCheck check(String raw) {
        String latin = KmuTransliteration.transliterate(raw.strip()).toLowerCase(Locale.ROOT);
        java.util.List<String> words = new java.util.ArrayList<>();
        boolean flat = false;
        for (String word : latin.split("[^a-z0-9]+")) {
            String unified = WORDS.getOrDefault(word, word);
            if (unified.equals("kv")) {
                flat = true;
            } else if (!unified.isEmpty() && !MARKERS.contains(unified)) {
                words.add(flat ? "kv" + unified : unified);
                flat = false;
            }
        }
        java.util.Collections.sort(words);
        String key = String.join(" ", words);
        if (key.length() < 3 || !key.matches(".*[a-z].*")) {
            return IdentifierCheck.invalid(IdentifierKind.POSTAL_ADDRESS, "'" + raw.strip() + "' is too short to be an address");
        }
        return IdentifierCheck.valid(new Identifier(IdentifierKind.POSTAL_ADDRESS, key, raw.strip()));
    }
}
