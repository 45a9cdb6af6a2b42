package org.nadiya.flow.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.nadiya.flow.Channel;
import org.nadiya.flow.Money;
import org.nadiya.flow.Transaction;

/** Turns one row of cells into a canonical transaction according to a {@link Mapping} and the header row. */
final class RowMapper {

    /** A cell that cannot be read: a stable code with its arguments and the English reason; the importer adds the row. */
    static final class CellException extends RuntimeException {
        final String column;
        final String code;
        final Object[] args;

        CellException(String column, String code, String reason, Object... args) {
            super(reason, null, false, false);
            this.column = column;
            this.code = code;
            this.args = args;
        }

        ImportError at(long row) {
            return ImportError.of(row, column, code, getMessage(), args);
        }
    }

    private final Mapping mapping;
    private final String source;
    /** Each mapped field → the positions of its columns present in the header, in the mapping's order. */
    private final Map<Field, int[]> index = new EnumMap<>(Field.class);
    private final String[] header;
    private final DateTimeFormatter pattern;
    private final DateTimeFormatter withTime;
    private final boolean twoSided;
    private final Set<String> owners = new LinkedHashSet<>();

    private static DateTimeFormatter formatter(String pattern) {
        try {
            return new DateTimeFormatterBuilder().appendPattern(pattern).toFormatter(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new BadStatementException(null, "mapping.date-pattern", "date pattern '" + pattern
                    + "' is not valid: " + e.getMessage(), pattern);
        }
    }

    RowMapper(Mapping mapping, String[] header, String source) {
        this.mapping = mapping;
        this.header = header;
        this.source = source;
        Map<String, Integer> positions = new java.util.HashMap<>();
        for (int i = 0; i < header.length; i++) {
            positions.putIfAbsent(normal(header[i]), i);
        }
        mapping.columns().forEach((column, field) -> {
            Integer at = positions.get(normal(column));
            if (at == null) {
                if (mapping.optional().contains(column)) {
                    return;
                }
                throw new BadStatementException(source, ImportError.of(0, column, "header.column-missing",
                        "column '" + column + "' (" + field.key() + ") is not in the header", column, field.key()));
            }
            int[] old = index.get(field);
            int[] now = old == null ? new int[1] : java.util.Arrays.copyOf(old, old.length + 1);
            now[now.length - 1] = at;
            index.put(field, now);
        });
        if (!index.containsKey(Field.TIMESTAMP) && !index.containsKey(Field.DATE)) {
            throw new BadStatementException(source, "mapping.no-date", "the mapping names no timestamp or date column");
        }
        if (!index.containsKey(Field.AMOUNT) && !index.containsKey(Field.DEBIT) && !index.containsKey(Field.CREDIT)) {
            throw new BadStatementException(source, "mapping.no-amount",
                    "the mapping names no amount, debit or credit column");
        }
        twoSided = index.containsKey(Field.FROM_ACCOUNT) && index.containsKey(Field.TO_ACCOUNT);
        if (!twoSided && mapping.owner() == null && !index.containsKey(Field.OWNER_ACCOUNT)) {
            throw new BadStatementException(source, "account.required", "a single account's statement needs the"
                    + " owner's account (--account, 'owner' in the mapping, or an owner_account column)");
        }
        this.pattern = mapping.datePattern() == null ? null : formatter(mapping.datePattern());
        this.withTime = mapping.datePattern() == null ? null : formatter(datePart(mapping.datePattern()) + " HH:mm[:ss]");
    }

    /** A date pattern's date part: up to its first optional section or time letter ("dd.MM.yyyy[ HH:mm]" → "dd.MM.yyyy"). */
    static String datePart(String pattern) {
        int cut = pattern.length();
        for (char c : new char[] {'[', 'H', 'h', 'k', 'K', 'm', 's', 'a'}) {
            int at = pattern.indexOf(c);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return pattern.substring(0, cut).trim();
    }

    /** The statement accounts rows named as their owner (at most 100). */
    Set<String> owners() {
        return owners;
    }

    /**
     * Trimmed, lower case, runs of white space (line breaks in a header cell too) as one space, Latin look-alikes
     * folded to Cyrillic: banks mix a Latin i or C into Ukrainian words.
     */
    static String normal(String header) {
        String lower = header.replace('\ufeff', ' ').replace('\u00a0', ' ').trim().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
        var out = new StringBuilder(lower.length());
        for (char c : lower.toCharArray()) {
            int at = LATIN.indexOf(c);
            out.append(at < 0 ? c : CYRILLIC.charAt(at));
        }
        return out.toString();
    }

    private static final String LATIN = "aceiopxy";
    private static final String CYRILLIC = "асеіорху";

    /** Null for a row that carries no money movement (both debit and credit empty or zero). */
    Transaction map(String[] row, long line) {
        Timestamps.When when = timestamp(row);
        long amount;
        boolean outgoing;
        if (index.containsKey(Field.DEBIT) || index.containsKey(Field.CREDIT)) {
            long debit = amountOrZero(row, Field.DEBIT);
            long credit = amountOrZero(row, Field.CREDIT);
            if (debit != 0 && credit != 0) {
                throw new CellException(column(Field.DEBIT), "amount.debit-and-credit", "both debit and credit are filled");
            }
            if (debit == 0 && credit == 0) {
                return null;
            }
            outgoing = debit != 0;
            amount = Math.abs(outgoing ? debit : credit);
        } else {
            long signed = amount(row, Field.AMOUNT);
            if (signed == 0) {
                return null;
            }
            String direction = cell(row, Field.DIRECTION);
            outgoing = direction != null ? outgoing(direction) : signed < 0;
            amount = Math.abs(signed);
        }
        String currency = currency(row);
        String id = cell(row, Field.ID);
        if (id == null) {
            id = source + ":" + line;
        }
        String mcc = cell(row, Field.MCC);
        String description = cell(row, Field.DESCRIPTION);
        Channel channel = channel(row, mcc);
        String ownerName = cell(row, Field.OWNER_NAME);
        String otherName = cell(row, Field.COUNTERPARTY_NAME);
        if (twoSided) {
            String from = cell(row, Field.FROM_ACCOUNT);
            String to = cell(row, Field.TO_ACCOUNT);
            if (from != null && to != null || !index.containsKey(Field.OWNER_ACCOUNT) && mapping.owner() == null) {
                from = required(row, Field.FROM_ACCOUNT);
                to = required(row, Field.TO_ACCOUNT);
                String fromName = index.containsKey(Field.FROM_NAME) ? cell(row, Field.FROM_NAME)
                        : outgoing ? ownerName : otherName;
                String toName = index.containsKey(Field.TO_NAME) ? cell(row, Field.TO_NAME)
                        : outgoing ? otherName : ownerName;
                var details = new Transaction.Details(fromName, toName, cell(row, Field.FROM_BANK),
                        cell(row, Field.TO_BANK), cell(row, Field.FROM_COUNTRY), cell(row, Field.TO_COUNTRY), channel,
                        mcc, description, when.dateOnly());
                return new Transaction(id, when.instant(), from, to, amount, currency, details);
            }
        }
        String owner = owner(row);
        String counterparty = counterparty(row, mcc, description);
        String otherBank = cell(row, Field.COUNTERPARTY_BANK);
        String otherCountry = cell(row, Field.COUNTERPARTY_COUNTRY);
        var details = outgoing
                ? new Transaction.Details(ownerName, otherName, null, otherBank, null, otherCountry, channel, mcc,
                description, when.dateOnly())
                : new Transaction.Details(otherName, ownerName, otherBank, null, otherCountry, null, channel, mcc,
                description, when.dateOnly());
        return outgoing ? new Transaction(id, when.instant(), owner, counterparty, amount, currency, details)
                : new Transaction(id, when.instant(), counterparty, owner, amount, currency, details);
    }

    /** The direction column's value: a debit mark, a credit mark (when the layout names them), else a bad row. */
    private boolean outgoing(String direction) {
        String mark = direction.trim().toUpperCase(Locale.ROOT);
        if (mapping.debitMarks().contains(mark)) {
            return true;
        }
        if (mapping.creditMarks().isEmpty() || mapping.creditMarks().contains(mark)) {
            return false;
        }
        throw new CellException(column(Field.DIRECTION), "direction.invalid", "'" + direction
                + "' is neither a debit (" + String.join(", ", new java.util.TreeSet<>(mapping.debitMarks()))
                + ") nor a credit (" + String.join(", ", new java.util.TreeSet<>(mapping.creditMarks())) + ")",
                direction);
    }

    /**
     * The statement's own account for this row: the file's owner column, else the account found in its preamble or
     * given; a given account that contradicts the file's is a bad row.
     */
    private String owner(String[] row) {
        String given = mapping.owner();
        String inRow = index.containsKey(Field.OWNER_ACCOUNT) ? cell(row, Field.OWNER_ACCOUNT) : null;
        if (inRow == null) {
            if (given == null) {
                required(row, Field.OWNER_ACCOUNT);
            }
            return given;
        }
        inRow = inRow.replace(" ", "");
        if (given != null && !CamtImporter.Accounts.same(given, inRow)) {
            throw new CellException(column(Field.OWNER_ACCOUNT), "account.mismatch", "the statement is for account "
                    + inRow + ", not " + given + " as given", inRow, given);
        }
        if (owners.size() < 100) {
            owners.add(inRow);
        }
        return inRow;
    }

    private String counterparty(String[] row, String mcc, String description) {
        String account = cell(row, Field.COUNTERPARTY_ACCOUNT);
        if (account != null) {
            return account;
        }
        if ("6010".equals(mcc) || "6011".equals(mcc)) {
            return "cash";
        }
        String name = cell(row, Field.COUNTERPARTY_NAME);
        String label = name != null ? name : description != null ? description : "unknown";
        return (mcc != null ? "merchant:" : "counterparty:") + label.trim().replaceAll("\\s+", " ");
    }

    private Channel channel(String[] row, String mcc) {
        String text = cell(row, Field.CHANNEL);
        if (text != null) {
            try {
                return Channel.parse(text);
            } catch (IllegalArgumentException e) {
                throw new CellException(column(Field.CHANNEL), "channel.unknown", e.getMessage(), text);
            }
        }
        if ("6010".equals(mcc) || "6011".equals(mcc)) {
            return Channel.CASH;
        }
        return mcc != null ? Channel.CARD : Channel.UNKNOWN;
    }

    private String currency(String[] row) {
        String text = cell(row, Field.CURRENCY);
        if (text == null) {
            return mapping.currency();
        }
        String c = Currencies.normalise(text);
        if (c == null) {
            throw new CellException(column(Field.CURRENCY), "currency.invalid", "'" + text + "' is not a currency",
                    text);
        }
        return c;
    }

    /** The row's moment; a date without a time of day stays a date (see {@link Timestamps.When}). */
    private Timestamps.When timestamp(String[] row) {
        Field field = index.containsKey(Field.TIMESTAMP) ? Field.TIMESTAMP : Field.DATE;
        String text = required(row, field);
        String time = cell(row, Field.TIME);
        try {
            if (pattern == null) {
                return Timestamps.when(text, mapping.zone());
            }
            if (time != null) {
                text = text + " " + time;
            }
            TemporalAccessor parsed = (time != null ? withTime : pattern).parse(text);
            LocalDate date = parsed.query(TemporalQueries.localDate());
            LocalTime clock = parsed.query(TemporalQueries.localTime());
            if (date == null) {
                throw new DateTimeParseException("no date", text, 0);
            }
            return clock == null ? Timestamps.When.date(date)
                    : new Timestamps.When(LocalDateTime.of(date, clock).atZone(mapping.zone()).toInstant(), false);
        } catch (DateTimeParseException e) {
            String expected = mapping.datePattern() == null ? "ISO 8601" : mapping.datePattern();
            throw new CellException(column(field), "date.invalid", "'" + text + "' is not a date"
                    + (mapping.datePattern() == null ? " (ISO 8601 expected)" : " of pattern " + expected), text,
                    expected);
        }
    }

    private long amountOrZero(String[] row, Field field) {
        return cell(row, field) == null ? 0 : amount(row, field);
    }

    private long amount(String[] row, Field field) {
        String text = required(row, field);
        try {
            return Money.parseMinor(text, mapping.decimalSeparator() == Mapping.AUTO_DECIMAL ? Money.decimalSeparatorOf(text)
                    : mapping.decimalSeparator());
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw e instanceof Money.AmountException a ? new CellException(column(field), a.code(), a.getMessage(), text)
                    : new CellException(column(field), "amount.too-large", "amount is too large", text);
        }
    }

    private String required(String[] row, Field field) {
        String value = cell(row, field);
        if (value == null) {
            throw new CellException(column(field), "cell.empty", "is empty");
        }
        return value;
    }

    /**
     * The trimmed cell (of the field's first column with a value), or null when the field is not mapped, missing in
     * this row, empty or a dash.
     */
    String cell(String[] row, Field field) {
        int[] at = index.get(field);
        if (at == null) {
            return null;
        }
        for (int position : at) {
            if (position < row.length) {
                String value = row[position].trim();
                if (!value.isEmpty() && !value.equals("—") && !value.equals("-")) {
                    return value;
                }
            }
        }
        return null;
    }

    private String column(Field field) {
        int[] at = index.get(field);
        return at == null ? field.key() : header[at[0]].trim();
    }
}
