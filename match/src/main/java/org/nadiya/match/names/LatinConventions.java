package org.nadiya.match.names;

/**
 * How Latin spellings of Slavic names read in each convention, as rules "spelling=reading", longest first.
 * English covers KMU 2010, BGN/PCGN and the earlier Ukrainian passport rules (ia/ya, iu/yu, kh, ts, ch, sh, shch).
 */
final class LatinConventions {

    private static final Rules ENGLISH = new Rules(
            "shch=SC", "sch=S", "zgh=zg", "zh=Z", "kh=x", "ts=c", "tz=c", "ch=C", "sh=S", "ph=f", "ck=k",
            "ya=ja", "yu=ju", "ye=je", "yi=ji", "yo=jo", "ia=ja", "iu=ju", "ie=je", "io=jo",
            "y=i", "w=v", "x=ks", "q=k", "h=g", "c=k");
    private static final Rules GERMAN = new Rules(
            "schtsch=SC", "tsch=C", "sch=S", "ch=x", "tz=c", "ts=c", "zh=Z", "sh=S", "ph=f", "ck=k",
            "ja=ja", "ju=ju", "je=je", "jo=jo", "ie=i", "ei=aj", "ij=i", "y=i", "w=v", "z=c", "x=ks", "h=g", "c=c",
            "v=v", "ss=s");
    private static final Rules POLISH = new Rules(
            "szcz=SC", "sz=S", "cz=C", "ch=x", "rz=Z", "dż=dZ", "ż=Z", "ź=z", "ś=s", "ć=c", "ń=n", "ł=l", "ó=u",
            "ą=a", "ę=e", "ia=ja", "ie=je", "io=jo", "iu=ju", "w=v", "y=i", "h=g", "x=ks");
    private static final Rules FRENCH = new Rules(
            "chtch=SC", "tch=C", "ch=S", "dj=dZ", "kh=x", "ts=c", "iou=ju", "ou=u", "ia=ja", "ie=je", "io=jo",
            "j=Z", "y=i", "w=v", "x=ks", "qu=k", "gue=ge", "gui=gi", "h=g", "c=k");
    private static final Rules CZECH = new Rules(
            "šč=SC", "č=C", "š=S", "ž=Z", "ř=Z", "ě=je", "ů=u", "ň=n", "ch=x", "y=i", "w=v", "h=g", "x=ks");

    private LatinConventions() {
    }

    static String english(String word) {
        return ENGLISH.apply(word);
    }

    static String german(String word) {
        String reading = GERMAN.apply(word);
        // German writes the voiced з as s before a vowel at the start of a word (Selenskyj = Зеленський).
        if (reading.length() > 1 && reading.charAt(0) == 's' && "aeiou".indexOf(reading.charAt(1)) >= 0) {
            reading = "z" + reading.substring(1);
        }
        return reading;
    }

    static String polish(String word) {
        return POLISH.apply(word);
    }

    static String french(String word) {
        return FRENCH.apply(word);
    }

    static String czech(String word) {
        return CZECH.apply(Readings.foldExcept(word, "čšžřěůň"));
    }

    /** Ordered rewrite rules applied left to right, the longest spelling first at each position. */
    static final class Rules {
        /** Rules by the first character of their spelling, longest spelling first; ASCII and Latin-1/Extended-A. */
        private final String[][] from = new String[0x180][];
        private final String[][] to = new String[0x180][];

        Rules(String... rules) {
            String[] sorted = rules.clone();
            java.util.Arrays.sort(sorted, (a, b) -> Integer.compare(b.indexOf('='), a.indexOf('=')));
            for (char first = 0; first < from.length; first++) {
                final char c = first;
                String[] matching = java.util.Arrays.stream(sorted).filter(r -> r.charAt(0) == c).toArray(String[]::new);
                if (matching.length > 0) {
                    from[c] = new String[matching.length];
                    to[c] = new String[matching.length];
                    for (int i = 0; i < matching.length; i++) {
                        from[c][i] = matching[i].substring(0, matching[i].indexOf('='));
                        to[c][i] = matching[i].substring(matching[i].indexOf('=') + 1);
                    }
                }
            }
        }

        String apply(String word) {
            StringBuilder out = new StringBuilder(word.length() + 4);
            int i = 0;
            outer:
            while (i < word.length()) {
                char c = word.charAt(i);
                String[] candidates = c < from.length ? from[c] : null;
                if (candidates != null) {
                    for (int r = 0; r < candidates.length; r++) {
                        if (word.startsWith(candidates[r], i)) {
                            out.append(to[c][r]);
                            i += candidates[r].length();
                            continue outer;
                        }
                    }
                }
                out.append(c);
                i++;
            }
            return out.toString();
        }
    }
}
