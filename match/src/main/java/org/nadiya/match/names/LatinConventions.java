package org.nadiya.match.names;

/**
 * How Latin spellings of Ukrainian, Russian and Belarusian names read in each convention, as rules
 * "spelling=reading", longest first. Sources of the tables: docs/match.md ("Orthographies").
 * <ul>
 * <li>English: KMU 2010, BGN/PCGN, Ukraine's 1996 and 2007 passport rules, Russian passports (ICAO 9303 since
 * 2013: ia, iu, ie, kh, ts, ch, sh, shch), English press usage; Spanish and Portuguese press forms share most of it.</li>
 * <li>German (Duden: sch, tsch, schtsch, w, s/z), Polish (sz, cz, szcz, rz, w, ch), French (ch, tch, j, ou, ï),
 * Dutch (sj, tsj, zj, oe, ch), Swedish/Norwegian/Danish (sj, tj, zj, ch).</li>
 * <li>Hungarian (cs, zs, s, sz), Italian and Romanian (c and g before e/i; Romanian ș ț î ă), Turkish (ç ş j c ı).</li>
 * <li>Letters with a caron (Czech, Slovak, Lithuanian, Latvian, Estonian, Finnish; ISO 9 and the scholarly system:
 * č š ž, šč/štš, ch or h or x), with the Baltic endings (-as, -is, -us, -s) also read without them.</li>
 * </ul>
 */
final class LatinConventions {

    static final Rules ENGLISH = new Rules(
            "shch=SC", "sch=S", "zgh=zg", "zh=Z", "kh=x", "ts=c", "tz=c", "ch=C", "sh=S", "ph=f", "ck=k",
            "ya=ja", "yu=ju", "ye=je", "yi=ji", "yo=jo", "ia=ja", "iu=ju", "ie=je", "io=jo",
            "y=i", "w=v", "x=ks", "q=k", "h=g", "c=k");
    static final Rules GERMAN = new Rules(
            "schtsch=SC", "tsch=C", "sch=S", "ch=x", "tz=c", "ts=c", "zh=Z", "sh=S", "ph=f", "ck=k",
            "ja=ja", "ju=ju", "je=je", "jo=jo", "ie=i", "ei=aj", "ij=i", "y=i", "w=v", "z=c", "x=ks", "h=g", "c=c",
            "v=v", "ss=s");
    static final Rules POLISH = new Rules(
            "szcz=SC", "sz=S", "cz=C", "ch=x", "rz=Z", "dż=dZ", "ż=Z", "ź=z", "ś=s", "ć=c", "ń=n", "ł=l", "ó=u",
            "ą=a", "ę=e", "ia=ja", "ie=je", "io=jo", "iu=ju", "w=v", "y=i", "h=g", "x=ks");
    static final Rules FRENCH = new Rules(
            "chtch=SC", "tch=C", "ch=S", "dj=dZ", "kh=x", "ts=c", "iou=ju", "ou=u", "ia=ja", "ie=je", "io=jo",
            "j=Z", "y=i", "w=v", "x=ks", "qu=k", "gue=ge", "gui=gi", "h=g", "c=k");
    static final Rules DUTCH = new Rules(
            "sjtsj=SC", "tsj=C", "sj=S", "zj=Z", "dzj=dZ", "oe=u", "ch=x", "kh=x", "ts=c", "ie=i", "ij=i",
            "y=i", "w=v", "x=ks", "h=g", "c=k");
    static final Rules SCANDINAVIAN = new Rules(
            "sjtj=SC", "stj=SC", "tj=C", "sj=S", "zj=Z", "dzj=dZ", "ch=x", "kh=x", "ts=c", "y=i", "w=v", "x=ks",
            "h=g", "c=k");
    /** Spanish writes х as j (Jodorkovski, Govorujin). */
    static final Rules SPANISH = new Rules(
            "ch=C", "sh=S", "zh=Z", "kh=x", "ts=c", "j=x", "y=i", "w=v", "x=ks", "h=g", "c=k");
    static final Rules HUNGARIAN = new Rules(
            "scs=SC", "cs=C", "zs=Z", "sz=s", "s=S", "ch=x", "c=c", "ny=n", "gy=g", "ly=l", "y=i", "w=v", "h=x",
            "x=ks");
    static final Rules ROMANCE = new Rules(
            "scia=Sa", "scio=So", "sciu=Su", "sce=Se", "sci=Si", "cia=Ca", "cio=Co", "ciu=Cu", "cea=Ca", "ce=Ce",
            "ci=Ci", "gia=dZa", "gio=dZo", "giu=dZu", "ge=dZe", "gi=dZi", "ch=k", "gh=g", "sh=S", "zh=Z", "kh=x",
            "ș=S", "ş=S", "ț=c", "ţ=c", "ă=a", "î=i", "â=i", "ia=ja", "iu=ju", "z=c", "y=i", "w=v", "x=ks", "h=x",
            "c=k");
    static final Rules TURKISH = new Rules(
            "ç=C", "ş=S", "ğ=", "ı=i", "j=Z", "c=dZ", "y=j", "h=x", "ts=c", "w=v", "x=ks");
    static final Rules CARON = new Rules(
            "šč=SC", "štš=SC", "ŝ=SC", "tš=C", "č=C", "š=S", "ž=Z", "ř=Z", "ě=je", "ů=u", "ň=n", "ch=x", "kh=x",
            "õ=i", "ĉ=C", "ĝ=dZ", "ĵ=Z", "ŭ=v", "û=ju", "â=ja", "ê=je", "ï=ji", "ë=jo", "è=e", "ĭ=j", "y=i", "w=v", "h=g", "x=x");

    private LatinConventions() {
    }

    static String german(String word) {
        String reading = GERMAN.apply(word);
        // German writes the voiced з as s before a vowel at the start of a word (Selenskyj = Зеленський).
        if (reading.length() > 1 && reading.charAt(0) == 's' && "aeiou".indexOf(reading.charAt(1)) >= 0) {
            reading = "z" + reading.substring(1);
        }
        return reading;
    }

    /** French adds a mute -e after -ine, -ine (Poutine, Govoroukhine): not read. */
    static String french(String word) {
        String reading = FRENCH.apply(word);
        int n = reading.length();
        return n > 4 && reading.charAt(n - 1) == 'e' && (reading.charAt(n - 2) == 'n' || reading.charAt(n - 2) == 'l')
                && "aeiou".indexOf(reading.charAt(n - 3)) >= 0 ? reading.substring(0, n - 1) : reading;
    }

    /** Italian and Romanian write a final -ci for -ч (Ianukovici): the i is not read. */
    static String romance(String word) {
        String reading = ROMANCE.apply(word);
        return reading.endsWith("Ci") ? reading.substring(0, reading.length() - 1) : reading;
    }

    /** Ordered rewrite rules applied left to right, the longest spelling first at each position. */
    static final class Rules {
        /** Rules by the first character of their spelling, longest spelling first; ASCII and Latin-1/Extended-A/B. */
        private final String[][] from = new String[0x250][];
        private final String[][] to = new String[0x250][];

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
