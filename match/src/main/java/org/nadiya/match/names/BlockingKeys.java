package org.nadiya.match.names;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Coarse keys for candidate generation: two names that may match share at least one key. A word's key is its
 * first four consonant classes (vowels and й dropped; ш ж с з ц ч alike, г х к alike, в ф alike, д т alike, дж as ж),
 * so every reading of Ковальчук gives "kvls"; a known given name also gives its group ("g12") so Sasha meets
 * Oleksandr. Keys are made from the same readings the scorer compares, so two spellings the scorer reads alike share
 * a key (docs/match.md: the share of the development set's same-person pairs that share one is measured).
 */
public final class BlockingKeys {

    /** Consonant classes in a word key: 4 keeps blocks of a million records small; see docs/benchmarks.md. */
    static final int KEY_LENGTH = 4;

    private BlockingKeys() {
    }

    /** Keys of each word of the name (patronymic and initials left out). */
    public static Set<String> wordKeys(PersonName name) {
        Set<String> keys = new LinkedHashSet<>();
        for (NameToken token : name.tokens) {
            keys.addAll(tokenKeys(token));
        }
        return keys;
    }

    /**
     * Keys of each unordered pair of words: stricter than word keys, so blocks of a million records stay small.
     * A one-word name gets its word keys.
     */
    public static Set<String> pairKeys(PersonName name) {
        var tokens = name.tokens.stream().filter(t -> !t.initial).toList();
        if (tokens.size() < 2) {
            return wordKeys(name);
        }
        Set<String> keys = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (int j = i + 1; j < tokens.size(); j++) {
                for (String a : tokenKeys(tokens.get(i))) {
                    for (String b : tokenKeys(tokens.get(j))) {
                        keys.add(a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a);
                    }
                }
            }
        }
        return keys;
    }

    static Set<String> tokenKeys(NameToken token) {
        Set<String> keys = new LinkedHashSet<>(4);
        if (token.initial) {
            return keys;
        }
        for (int group : token.givenGroups) {
            keys.add("g" + group);
        }
        for (int group : token.diminutiveGroups) {
            keys.add("g" + group);
        }
        // Skeletons too, even for a known given name: a form the name list lacks (Alaksandr) and a surname that
        // reads like a given name (Андреев, Andrew) still meet their other spellings.
        for (String reading : token.readings) {
            keys.add(skeleton(reading));
        }
        return keys;
    }

    static String skeleton(String reading) {
        StringBuilder key = new StringBuilder(KEY_LENGTH);
        for (int i = 0; i < reading.length() && key.length() < KEY_LENGTH; i++) {
            char c = reading.charAt(i);
            if (c == 'd' && i + 1 < reading.length() && (reading.charAt(i + 1) == 'Z' || reading.charAt(i + 1) == 'S')) {
                continue; // дж and ж are one sound for the key (Джарасов, Жарасов; German dsch)
            }
            if (c == 'z' && i > 0 && reading.charAt(i - 1) == 'd') {
                continue; // Belarusian дз for д (Вадзім, Вадим)
            }
            char cls = switch (c) {
                case 'a', 'e', 'i', 'o', 'u', 'j' -> 0;
                case 'S', 'Z', 's', 'z', 'c', 'C' -> 's';
                case 'g', 'x', 'k' -> 'k';
                case 'v', 'f', 'w' -> 'v';
                case 'd', 't' -> 't';
                case 'b', 'p' -> 'p';
                default -> c;
            };
            if (cls != 0 && (key.length() == 0 || key.charAt(key.length() - 1) != cls)) {
                key.append(cls);
            }
        }
        return key.length() == 0 ? reading : key.toString();
    }
}
