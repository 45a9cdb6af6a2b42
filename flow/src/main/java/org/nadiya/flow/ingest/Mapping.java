package org.nadiya.flow.ingest;

import java.nio.charset.Charset;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one statement layout maps to canonical transactions: which column holds which {@link Field}, how dates
 * and amounts are written, and, for a single account's statement, whose account it is and how the direction is
 * given (the amount's sign, separate debit/credit columns, or a direction column such as D/C or DBIT/CRDT).
 *
 * @param columns    column header → field (headers compared trimmed and case-insensitively)
 * @param preamble   lines before the header row to skip (title rows, account summaries)
 * @param stopAt     a row whose first non-empty cell starts with this ends the data (e.g. "ВСЬОГО"); may be null
 * @param owner      the statement owner's account for single-account statements; may be null
 * @param debitMarks values of the direction column meaning money left the owner (e.g. D, DBIT)
 */
public record Mapping(String name, Map<String, Field> columns, char delimiter, Charset encoding, int preamble,
                     String datePattern, ZoneId zone, char decimalSeparator, String currency, String owner,
                     Set<String> debitMarks, String stopAt, List<String> detectHeaders) {

    public Mapping {
        columns = Map.copyOf(columns);
        debitMarks = Set.copyOf(debitMarks);
        detectHeaders = List.copyOf(detectHeaders);
    }

    public boolean singleAccount() {
        return !columns.containsValue(Field.FROM_ACCOUNT) || !columns.containsValue(Field.TO_ACCOUNT);
    }

    public Mapping withOwner(String account) {
        return new Mapping(name, columns, delimiter, encoding, preamble, datePattern, zone, decimalSeparator,
                currency, account, debitMarks, stopAt, detectHeaders);
    }

    public Mapping withEncoding(Charset charset) {
        return new Mapping(name, columns, delimiter, charset, preamble, datePattern, zone, decimalSeparator,
                currency, owner, debitMarks, stopAt, detectHeaders);
    }

    public Mapping withDelimiter(char c) {
        return new Mapping(name, columns, c, encoding, preamble, datePattern, zone, decimalSeparator,
                currency, owner, debitMarks, stopAt, detectHeaders);
    }
}
