package org.nadiya.match.identifiers;

/**
 * EDRPOU (legal entities, 8 digits) and РНОКПП (persons, 10 digits), each with its check digit (sources in
 * docs/sources.md). A РНОКПП's first five digits are the date of birth as days since 31.12.1899.
 */
final class TaxNumbers {

    private static final int[] RNOKPP_WEIGHTS = {-1, 5, 7, 9, 4, 6, 10, 5, 7};

    private TaxNumbers() {
    }

    static IdentifierCheck edrpou(String raw) {
        String code = raw.replaceAll("\\s", "");
        if (!code.matches("[0-9]{8}")) {
            return IdentifierCheck.invalid(IdentifierKind.EDRPOU, "an EDRPOU code has 8 digits");
        }
        if (edrpouCheckDigit(code) != code.charAt(7) - '0') {
            return IdentifierCheck.invalid(IdentifierKind.EDRPOU, "the check digit of EDRPOU " + code + " does not match (a typo?)");
        }
        return IdentifierCheck.valid(Identifier.of(IdentifierKind.EDRPOU, code));
    }

    /** Weights 1..7 (7,1..6 for codes between 30,000,000 and 60,000,000); if the remainder is 10, weights + 2. */
    static int edrpouCheckDigit(String code) {
        long value = Long.parseLong(code);
        boolean inner = value > 30_000_000L && value < 60_000_000L;
        for (int shift = 0; shift <= 2; shift += 2) {
            int sum = 0;
            for (int i = 0; i < 7; i++) {
                int weight = (inner ? (i == 0 ? 7 : i) : i + 1) + shift;
                sum += weight * (code.charAt(i) - '0');
            }
            int remainder = sum % 11;
            if (remainder < 10) {
                return remainder;
            }
        }
        return 0;
    }

    static IdentifierCheck rnokpp(String raw) {
        String code = raw.replaceAll("\\s", "");
        if (!code.matches("[0-9]{10}")) {
            return IdentifierCheck.invalid(IdentifierKind.RNOKPP, "a РНОКПП has 10 digits");
        }
        if (rnokppCheckDigit(code) != code.charAt(9) - '0') {
            return IdentifierCheck.invalid(IdentifierKind.RNOKPP, "the check digit of the РНОКПП does not match (a typo?)");
        }
        return IdentifierCheck.valid(new Identifier(IdentifierKind.RNOKPP, code, "******" + code.substring(6)));
    }

    static int rnokppCheckDigit(String code) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += RNOKPP_WEIGHTS[i] * (code.charAt(i) - '0');
        }
        return Math.floorMod(sum, 11) % 10;
    }
}
