package org.nadiya.match.identifiers;

import java.util.Locale;

/** IBAN by ISO 13616: country, two check digits, mod-97 = 1; Ukrainian IBANs have 29 characters. */
final class Ibans {

    static final int UKRAINIAN_LENGTH = 29;

    private Ibans() {
    }

    static IdentifierCheck check(String raw) {
        String iban = raw.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (iban.startsWith("IBAN")) {
            iban = iban.substring(4);
        }
        if (!iban.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")) {
            return invalid("'" + raw.strip() + "' is not an IBAN (two letters, two check digits, then 11 to 30 letters or digits)");
        }
        if (iban.startsWith("UA") && iban.length() != UKRAINIAN_LENGTH) {
            return invalid("a Ukrainian IBAN has 29 characters, this one has " + iban.length());
        }
        if (iban.startsWith("UA") && !iban.substring(4).matches("[0-9]+")) {
            return invalid("a Ukrainian IBAN has only digits after 'UA'");
        }
        if (mod97(iban) != 1) {
            return invalid("check digits of " + iban + " do not match (mod-97 check failed: a typo?)");
        }
        return IdentifierCheck.valid(Identifier.of(IdentifierKind.IBAN, iban));
    }

    /** The remainder of the rearranged IBAN (first four characters moved to the end, letters as 10..35). */
    static int mod97(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            int value = Character.digit(rearranged.charAt(i), 36);
            remainder = value > 9 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
        }
        return remainder;
    }

    private static IdentifierCheck invalid(String problem) {
        return IdentifierCheck.invalid(IdentifierKind.IBAN, problem);
    }
}
