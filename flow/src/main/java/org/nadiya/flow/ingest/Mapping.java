package org.nadiya.flow.ingest;

import java.nio.charset.Charset;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one statement layout maps to canonical transactions: which column holds which {@link Field}, how dates
 * and amounts are written, and, for a single account's statement, whose account it is and how the direction is
 * given (the amount's sign, separate debit/credit columns, or a direction column such as D/C or Дебет/Кредит).
 *
 * @param columns     column header → field, in order; several headers may name one field (variants of a bank's
 *                    export, or a fallback column): the first present and filled one is read
 * @param optional    headers that may be missing from a file (a layout's variants); every other column is required
 * @param preamble    lines before the header row to skip (title rows, account summaries)
 * @param decimalSeparator '.' or ','; {@link #AUTO_DECIMAL} when each amount says it (the last '.' or ',' followed by
 *                    one or two digits)
 * @param stopAt      a row whose first non-empty cell starts with this ends the data (e.g. "ВСЬОГО"); may be null
 * @param owner       the statement owner's account for single-account statements; may be null
 * @param debitMarks  values of the direction column meaning money left the owner (e.g. D, DBIT, Дебет)
 * @param creditMarks values meaning money reached the owner; when empty every value that is not a debit mark is
 *                    a credit, otherwise any other value is a bad row
 */
public record Mapping(String name, Map<String, Field> columns, Set<String> optional, char delimiter, Charset encoding,
                      int preamble, String datePattern, ZoneId zone, char decimalSeparator, String currency,
                      String owner, Set<String> debitMarks, Set<String> creditMarks, String stopAt,
                      List<String> detectHeaders) {

    /** The decimal separator is read from each amount. */
    public static final char AUTO_DECIMAL = 'A';

    public Mapping {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        optional = Set.copyOf(optional);
        debitMarks = Set.copyOf(debitMarks);
        creditMarks = Set.copyOf(creditMarks);
        detectHeaders = List.copyOf(detectHeaders);
    }

    public boolean singleAccount() {
        return !columns.containsValue(Field.FROM_ACCOUNT) || !columns.containsValue(Field.TO_ACCOUNT);
    }

    public Mapping withOwner(String account) {
        return new Mapping(name, columns, optional, delimiter, encoding, preamble, datePattern, zone, decimalSeparator,
                currency, account, debitMarks, creditMarks, stopAt, detectHeaders);
    }

    public Mapping withCurrency(String code) {
        return new Mapping(name, columns, optional, delimiter, encoding, preamble, datePattern, zone, decimalSeparator,
                code, owner, debitMarks, creditMarks, stopAt, detectHeaders);
    }

    public Mapping withEncoding(Charset charset) {
        return new Mapping(name, columns, optional, delimiter, charset, preamble, datePattern, zone, decimalSeparator,
                currency, owner, debitMarks, creditMarks, stopAt, detectHeaders);
    }

    public Mapping withDelimiter(char c) {
        return new Mapping(name, columns, optional, c, encoding, preamble, datePattern, zone, decimalSeparator,
                currency, owner, debitMarks, creditMarks, stopAt, detectHeaders);
    }
}
