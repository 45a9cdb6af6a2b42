package org.nadiya.match.names;

/** One word of a name with its readings; a hyphenated surname also keeps its parts. */
final class NameToken {

    final String text;
    final String[] readings;
    final boolean initial;
    final NameToken[] parts;
    final int[] givenGroups;
    final int[] diminutiveGroups;

    private NameToken(String text, String[] readings, boolean initial, NameToken[] parts) {
        this.text = text;
        this.readings = readings;
        this.initial = initial;
        this.parts = parts;
        var names = GivenNames.instance();
        int[] given = new int[0];
        int[] diminutive = new int[0];
        for (String reading : readings) {
            given = union(given, names.fullGroups(reading));
            diminutive = union(diminutive, names.diminutiveGroups(reading));
        }
        this.givenGroups = given;
        this.diminutiveGroups = diminutive;
    }

    /**
     * Words read before. Given names and common surnames repeat across millions of records, and reading a Latin
     * word in four conventions is most of the cost of a comparison; tokens are immutable, so sharing is safe.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, NameToken> READ = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int READ_LIMIT = 200_000;

    static NameToken of(String word) {
        NameToken known = READ.get(word);
        if (known != null) {
            return known;
        }
        NameToken token = read(word);
        if (READ.size() >= READ_LIMIT) {
            READ.clear();
        }
        READ.put(word, token);
        return token;
    }

    private static NameToken read(String word) {
        String clean = word.replace(".", "");
        if (clean.contains("-")) {
            String[] pieces = clean.split("-+");
            NameToken[] parts = new NameToken[pieces.length];
            for (int i = 0; i < pieces.length; i++) {
                parts[i] = read(pieces[i]);
            }
            return new NameToken(word, Readings.of(clean.replace("-", "")), false, parts);
        }
        boolean initial = clean.codePointCount(0, clean.length()) == 1;
        return new NameToken(word, Readings.of(clean), initial, null);
    }

    /** Endings of patronymics in readings: Slavic -ович/-евич/-авіч/-івна/-овна/-ічна, Turkic -ұлы/-улы/-уулу/-қызы/-оглы. */
    private static final String[] PATRONYMIC_ENDINGS = {"oviC", "eviC", "aviC", "ovna", "evna", "ivna", "avna", "iCna",
        "uli", "ulu", "kizi", "ogli", "oglu"};
    /** The first endings of {@link #PATRONYMIC_ENDINGS} are Slavic, the rest Turkic. */
    private static final int SLAVIC_PATRONYMIC_ENDINGS = 8;
    /** A patronymic written as its own word after the father's name (Йыһанур ҡыҙы, Аббасгулу оглы). */
    private static final java.util.Set<String> PATRONYMIC_WORDS = java.util.Set.of("kizi", "kiz", "ogli", "oglu", "uli",
        "ulu", "uulu", "gizi");

    /** Whether some reading ends like a Slavic patronymic (-ович, -евич, -овна, -івна, -ична). */
    boolean hasSlavicPatronymicEnding() {
        for (String reading : readings) {
            for (int e = 0; e < SLAVIC_PATRONYMIC_ENDINGS; e++) {
                String ending = PATRONYMIC_ENDINGS[e];
                if (reading.length() > ending.length() + 2 && reading.endsWith(ending)) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean isPatronymicShaped() {
        return patronymicStem() != null;
    }

    /** The father's name inside a patronymic reading (Тулешович and Төлешұлы: tules, toles), or null. */
    String patronymicStem() {
        for (String reading : readings) {
            String stem = patronymicStem(reading);
            if (stem != null) {
                return stem;
            }
        }
        return null;
    }

    static String patronymicStem(String reading) {
        for (String ending : PATRONYMIC_ENDINGS) {
            if (reading.length() > ending.length() + 2 && reading.endsWith(ending)) {
                return reading.substring(0, reading.length() - ending.length());
            }
        }
        return null;
    }

    boolean isPatronymicWord() {
        for (String reading : readings) {
            if (PATRONYMIC_WORDS.contains(reading)) {
                return true;
            }
        }
        return false;
    }

    boolean isGivenName() {
        return givenGroups.length > 0 || diminutiveGroups.length > 0;
    }

    private static int[] union(int[] a, int[] b) {
        if (b.length == 0) {
            return a;
        }
        int[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        int n = a.length;
        for (int value : b) {
            boolean present = false;
            for (int i = 0; i < n; i++) {
                present |= out[i] == value;
            }
            if (!present) {
                out[n++] = value;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
