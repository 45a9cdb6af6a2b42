package org.nadiya.flow;

import java.math.BigDecimal;

/** Exact conversion between decimal amounts as banks write them and minor units. */
public final class Money {

    private Money() {
    }

    /** An amount that cannot be read; {@code code} is {@code amount.empty}, {@code amount.decimals} or {@code amount.not-number}. */
    public static final class AmountException extends IllegalArgumentException {
        private final String code;

        AmountException(String code, String message) {
            super(message);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * Parses "1 234,56", "-1234.56", "1,234.56" (when the decimal separator is '.'), "1234" into minor units
     * (two decimals). Spaces (also non-breaking), apostrophes and a currency word after the number are ignored.
     */
    public static long parseMinor(String text, char decimalSeparator) {
        if (text == null) {
            throw new AmountException("amount.empty", "amount is empty");
        }
        char grouping = decimalSeparator == ',' ? '.' : ',';
        long units = 0;
        int decimals = -1;
        boolean negative = false;
        boolean digits = false;
        int i = 0;
        int n = text.length();
        while (i < n && isSpace(text.charAt(i))) {
            i++;
        }
        if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '\u2212' || text.charAt(i) == '+')) {
            negative = text.charAt(i) != '+';
            i++;
        }
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (decimals >= 2) {
                    if (c != '0') {
                        throw new AmountException("amount.decimals", "amount '" + text + "' has more than two decimals");
                    }
                    continue;
                }
                units = Math.addExact(Math.multiplyExact(units, 10), c - '0');
                digits = true;
                if (decimals >= 0) {
                    decimals++;
                }
            } else if (c == decimalSeparator && decimals < 0) {
                decimals = 0;
            } else if (c == grouping && decimals < 0 || isSpace(c) && decimals < 0 && digits && nextIsDigit(text, i)
                    || c == '\'') {
                continue;
            } else if (isSpace(c) || c == '₴') {
                if (!restIsCurrency(text, i)) {
                    throw new AmountException("amount.not-number", "amount '" + text + "' is not a number");
                }
                break;
            } else {
                throw new AmountException("amount.not-number", "amount '" + text + "' is not a number");
            }
        }
        if (!digits) {
            throw new AmountException("amount.not-number", "amount '" + text + "' is not a number");
        }
        int scale = Math.max(decimals, 0);
        for (int s = scale; s < 2; s++) {
            units = Math.multiplyExact(units, 10);
        }
        return negative ? -units : units;
    }

    /**
     * The decimal separator an amount uses when a layout mixes them: the last '.' or ',' followed by one or two
     * digits (before any currency word); a separator between a group of one to three digits and three digits groups
     * thousands ("1.000" is a thousand, "1,5" one and a half, "1234.567" a refused third decimal). '.' when none.
     */
    public static char decimalSeparatorOf(String text) {
        int end = text.length();
        while (end > 0 && !Character.isDigit(text.charAt(end - 1))) {
            end--;
        }
        int digits = 0;
        for (int i = end - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' || c == ',') {
                int before = 0;
                for (int j = i - 1; j >= 0 && text.charAt(j) >= '0' && text.charAt(j) <= '9'; j--) {
                    before++;
                }
                boolean grouping = digits == 3 && before >= 1 && before <= 3;
                return grouping ? (c == '.' ? ',' : '.') : c;
            } else if (!isSpace(c)) {
                break;
            } else {
                return '.';
            }
        }
        return '.';
    }

    private static boolean nextIsDigit(String text, int i) {
        return i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
    }

    /** A currency after the number: an ISO code ("UAH") or a Ukrainian abbreviation ("грн.", "₴") — not any word. */
    private static boolean restIsCurrency(String text, int from) {
        String rest = text.substring(from).replace('\u00a0', ' ').replace('\u202f', ' ').trim();
        return rest.matches("[A-Z]{3}|₴") || CURRENCY_WORDS.contains(rest.toLowerCase(java.util.Locale.ROOT));
    }

    private static final java.util.Set<String> CURRENCY_WORDS = java.util.Set.of("грн", "грн.", "дол", "дол.", "євро",
            "uah", "usd", "eur");

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\t';
    }

    public static String format(long minor) {
        return BigDecimal.valueOf(minor, 2).toPlainString();
    }

    public static BigDecimal toDecimal(long minor) {
        return BigDecimal.valueOf(minor, 2);
    }

    /** floor(amount * numerator / denominator) without overflow; all arguments non-negative. */
    public static long share(long amount, long numerator, long denominator) {
        long high = Math.multiplyHigh(amount, numerator);
        if (high == 0 && amount * numerator >= 0) {
            return amount * numerator / denominator;
        }
        return java.math.BigInteger.valueOf(amount).multiply(java.math.BigInteger.valueOf(numerator))
                .divide(java.math.BigInteger.valueOf(denominator)).longValueExact();
    }
}
