package org.nadiya.screen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nadiya.match.identifiers.Identifier;
import org.nadiya.match.identifiers.IdentifierCheck;
import org.nadiya.match.identifiers.IdentifierKind;
import org.nadiya.match.identifiers.Identifiers;

/**
 * Finds contact and payment details in an ad (homoglyph-repaired, so a "t.mе" with a Cyrillic е is still a
 * link) and keeps only those the match engine accepts: a phone must be valid for its country, an IBAN and a
 * card must pass their check digits, a wallet its checksum. Each selector is reported once.
 */
final class SelectorExtractor {

    private static final Pattern LINK = Pattern.compile(
            "(?i)(?<![\\w@.])(?:https?://)?(?:www\\.)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+"
                    + "(?:com|org|net|info|biz|ua|pl|de|cz|il|ae|tr|it|es|uk|eu|me|io|site|online|top|xyz|ru|by|lt|lv|ee|nl|at))"
                    + "(/[^\\s,;\"'<>()]*)?");
    private static final Pattern EMAIL = Pattern.compile("(?i)[a-z0-9._%+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w@./])@([A-Za-z][A-Za-z0-9_.]{2,31})");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w+])\\+?\\d[\\d ()-]{7,22}\\d(?!\\w)");
    private static final Pattern IBAN = Pattern.compile("(?<![A-Za-z0-9])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]){11,30}(?![A-Za-z0-9])");
    private static final Pattern WALLET = Pattern.compile("(?<![A-Za-z0-9])(?:bc1[a-z0-9]{11,71}|[13][1-9A-HJ-NP-Za-km-z]{25,34}"
            + "|0x[0-9a-fA-F]{40}|T[1-9A-HJ-NP-Za-km-z]{33})(?![A-Za-z0-9])");
    private static final Pattern TELEGRAM = Pattern.compile("(?iu)telegram|телеграм|(?<![\\p{L}])(?:tg|тг|телега)(?![\\p{L}])");
    private static final Pattern VIBER = Pattern.compile("(?iu)viber|вайбер|вайбер|вібер");
    private static final Pattern WHATSAPP = Pattern.compile("(?iu)whats ?app|ватсап|вотсап|ватсапп|вацап|(?<![\\p{L}])wa(?![\\p{L}])");

    private final Identifiers identifiers;

    SelectorExtractor(Identifiers identifiers) {
        this.identifiers = identifiers;
    }

    List<Selector> extract(String text) {
        Map<String, Selector> found = new LinkedHashMap<>();
        var shape = new Shape(text);
        List<int[]> taken = new ArrayList<>();
        Matcher m;
        if (shape.at) {
            m = EMAIL.matcher(text);
            while (m.find()) {
                add(found, "email", IdentifierKind.EMAIL, m.group(), m.start(), m.end());
                taken.add(new int[] {m.start(), m.end()});
            }
        }
        if (shape.dottedName) {
            links(found, text, taken);
        }
        if (shape.at) {
            boolean mentionsTelegram = TELEGRAM.matcher(text).find();
            m = HANDLE.matcher(text);
            while (m.find()) {
                String name = m.group(1).replaceAll("[._]+$", "");
                add(found, null, IdentifierKind.HANDLE, (mentionsTelegram ? "telegram:@" : "@") + name, m.start(), m.end());
            }
        }
        if (shape.ibanStart) {
            m = IBAN.matcher(text);
            while (m.find()) {
                if (add(found, "iban", IdentifierKind.IBAN, m.group(), m.start(), m.end())) {
                    taken.add(new int[] {m.start(), m.end()});
                }
            }
        }
        if (shape.longToken) {
            m = WALLET.matcher(text);
            while (m.find()) {
                add(found, "crypto_wallet", IdentifierKind.CRYPTO_WALLET, m.group(), m.start(), m.end());
            }
        }
        if (shape.digits >= 9) {
            m = NUMBER.matcher(text);
            while (m.find()) {
                if (!overlaps(taken, m.start(), m.end())) {
                    number(found, text, m.group().strip(), m.start(), m.end());
                }
            }
        }
        return List.copyOf(found.values());
    }

    private void links(Map<String, Selector> found, String text, List<int[]> taken) {
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            if (overlaps(taken, m.start(), m.end())) {
                continue;
            }
            String host = m.group(1).toLowerCase(Locale.ROOT);
            String path = m.group(2) == null ? "" : m.group(2).replaceAll("[.!?]+$", "");
            IdentifierCheck handle = identifiers.check(IdentifierKind.HANDLE, host + path);
            if (handle.isValid()) {
                addIdentifier(found, handle.identifier(), m.start(), m.end());
            } else {
                put(found, new Selector("url", host + path, null, m.start(), m.end()));
                put(found, new Selector("domain", host, null, m.start(), m.end()));
            }
            taken.add(new int[] {m.start(), m.end()});
        }
    }

    /** One pass over the text deciding which patterns can match at all: most ads skip most of them. */
    private static final class Shape {
        boolean at;
        boolean dottedName;
        boolean ibanStart;
        boolean longToken;
        int digits;

        Shape(String text) {
            int asciiRun = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '@') {
                    at = true;
                } else if (c >= '0' && c <= '9') {
                    digits++;
                }
                boolean ascii = c < 128 && Character.isLetterOrDigit(c);
                asciiRun = ascii ? asciiRun + 1 : 0;
                longToken |= asciiRun >= 26;
                if (c == '.' && i > 0 && i + 1 < text.length() && isAsciiAlnum(text.charAt(i - 1)) && isAsciiAlnum(text.charAt(i + 1))) {
                    dottedName = true;
                }
                if (i + 3 < text.length() && isUpper(c) && isUpper(text.charAt(i + 1)) && Character.isDigit(text.charAt(i + 2))
                        && Character.isDigit(text.charAt(i + 3))) {
                    ibanStart = true;
                }
            }
        }

        private static boolean isAsciiAlnum(char c) {
            return c < 128 && Character.isLetterOrDigit(c);
        }

        private static boolean isUpper(char c) {
            return c >= 'A' && c <= 'Z';
        }
    }

    private void number(Map<String, Selector> found, String text, String raw, int start, int end) {
        String digits = raw.replaceAll("\\D", "");
        if (digits.length() >= 13 && !raw.startsWith("+") && add(found, "card", IdentifierKind.CARD, raw, start, end)) {
            return;
        }
        IdentifierCheck phone = identifiers.check(IdentifierKind.PHONE, raw);
        if (!phone.isValid()) {
            return;
        }
        put(found, new Selector("phone", phone.identifier().key(), phone.identifier(), start, end));
        String near = text.substring(Math.max(0, start - 40), Math.min(text.length(), end + 40));
        for (String platform : new String[] {"viber", "whatsapp"}) {
            if ((platform.equals("viber") ? VIBER : WHATSAPP).matcher(near).find()) {
                add(found, null, IdentifierKind.HANDLE, platform + ":" + phone.identifier().key(), start, end);
            }
        }
    }

    private boolean add(Map<String, Selector> found, String type, IdentifierKind kind, String raw, int start, int end) {
        IdentifierCheck check = identifiers.check(kind, raw);
        if (!check.isValid()) {
            return false;
        }
        if (type == null) {
            addIdentifier(found, check.identifier(), start, end);
        } else {
            put(found, new Selector(type, check.identifier().display(), check.identifier(), start, end));
        }
        return true;
    }

    private static void addIdentifier(Map<String, Selector> found, Identifier handle, int start, int end) {
        String key = handle.key();
        int colon = key.indexOf(':');
        String platform = key.substring(0, colon);
        put(found, new Selector(platform.equals("any") ? "handle" : platform, key.substring(colon + 1), handle, start, end));
    }

    private static void put(Map<String, Selector> found, Selector selector) {
        found.putIfAbsent(selector.type() + '\u0000' + selector.value(), selector);
    }

    private static boolean overlaps(List<int[]> taken, int start, int end) {
        for (int[] span : taken) {
            if (start < span[1] && span[0] < end) {
                return true;
            }
        }
        return false;
    }
}
