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

    boolean isPatronymicShaped() {
        for (String reading : readings) {
            if (reading.length() > 5 && (reading.endsWith("oviC") || reading.endsWith("eviC") || reading.endsWith("ovna")
                    || reading.endsWith("evna") || reading.endsWith("ivna") || reading.endsWith("iCna"))) {
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
