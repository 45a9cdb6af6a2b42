package org.nadiya.match.identifiers;

import java.util.Locale;

import org.nadiya.match.Lookalikes;

/**
 * Ukrainian passports: the booklet (two Cyrillic letters and six digits, e.g. СН 123456; Latin lookalikes typed
 * by mistake are read as Cyrillic) and the ID card (nine digits). A foreign document is "CC:number" with its
 * ISO country code.
 */
final class Passports {

    private Passports() {
    }

    static IdentifierCheck check(String raw) {
        String text = raw.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s№#-]", "");
        if (text.matches("[A-Z]{2}:[A-Z0-9]{5,20}") && !text.startsWith("UA:")) {
            return valid(text, text.substring(0, 3) + mask(text.substring(3)));
        }
        if (text.startsWith("UA:")) {
            text = text.substring(3);
        }
        if (text.matches("[0-9]{9}")) {
            return valid("UA:" + text, "UA:" + mask(text));
        }
        String booklet = Lookalikes.capitalsToCyrillic(text);
        if (booklet.matches("[А-ЯІЇЄҐ]{2}[0-9]{6}")) {
            return valid("UA:" + booklet, "UA:" + booklet.substring(0, 2) + mask(booklet.substring(2)));
        }
        return IdentifierCheck.invalid(IdentifierKind.PASSPORT, "'" + raw.strip() + "' is neither a Ukrainian passport booklet"
                + " (2 Cyrillic letters + 6 digits) nor an ID card (9 digits); write a foreign one as CC:number");
    }

    private static String mask(String number) {
        return "*".repeat(Math.max(0, number.length() - 3)) + number.substring(Math.max(0, number.length() - 3));
    }

    private static IdentifierCheck valid(String key, String display) {
        return IdentifierCheck.valid(new Identifier(IdentifierKind.PASSPORT, key, display));
    }
}
