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
import java.util.Locale;
import java.util.Map;

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
    private final Map<Field, Integer> index = new EnumMap<>(Field.class);
    private final String[] header;
    private final DateTimeFormatter pattern;
    private final DateTimeFormatter withTime;

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
                throw new BadStatementException(source, ImportError.of(0, column, "header.column-missing",
                        "column '" + column + "' (" + field.key() + ") is not in the header", column, field.key()));
            }
            index.put(field, at);
        });
        if (!index.containsKey(Field.TIMESTAMP) && !index.containsKey(Field.DATE)) {
            throw new BadStatementException(source, "mapping.no-date", "the mapping names no timestamp or date column");
        }
        if (!index.containsKey(Field.AMOUNT) && !index.containsKey(Field.DEBIT) && !index.containsKey(Field.CREDIT)) {
            throw new BadStatementException(source, "mapping.no-amount",
                    "the mapping names no amount, debit or credit column");
        }
        if (mapping.singleAccount() && mapping.owner() == null && !index.containsKey(Field.OWNER_ACCOUNT)) {
            throw new BadStatementException(source, "account.required", "a single account's statement needs the"
                    + " owner's account (--account, 'owner' in the mapping, or an owner_account column)");
        }
        this.pattern = mapping.datePattern() == null ? null : formatter(mapping.datePattern());
        this.withTime = mapping.datePattern() == null ? null : formatter(mapping.datePattern() + " HH:mm[:ss]");
    }

    /** Trimmed, lower case, Latin look-alikes folded to Cyrillic: banks mix a Latin i or C into Ukrainian words. */
    static String normal(String header) {
        String lower = header.replace('\ufeff', ' ').trim().toLowerCase(Locale.ROOT);
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
            outgoing = direction != null ? mapping.debitMarks().contains(direction.trim().toUpperCase(Locale.ROOT))
                    : signed < 0;
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
        if (!mapping.singleAccount()) {
            String from = required(row, Field.FROM_ACCOUNT);
            String to = required(row, Field.TO_ACCOUNT);
            var details = new Transaction.Details(cell(row, Field.FROM_NAME), cell(row, Field.TO_NAME),
                    cell(row, Field.FROM_BANK), cell(row, Field.TO_BANK), cell(row, Field.FROM_COUNTRY),
                    cell(row, Field.TO_COUNTRY), channel, mcc, description, when.dateOnly());
            return new Transaction(id, when.instant(), from, to, amount, currency, details);
        }
        String owner = mapping.owner() != null ? mapping.owner() : required(row, Field.OWNER_ACCOUNT);
        String counterparty = counterparty(row, mcc, description);
        String ownerName = cell(row, Field.OWNER_NAME);
        String otherName = cell(row, Field.COUNTERPARTY_NAME);
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
            return Money.parseMinor(text, mapping.decimalSeparator());
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw e instanceof Money.AmountException a ? new CellException(column(field), a.code(), a.getMessage(), text)
                    : new CellException(column(field), "amount.too-large", "amount '" + text + "' is too large", text);
        }
    }

    private String required(String[] row, Field field) {
        String value = cell(row, field);
        if (value == null) {
            throw new CellException(column(field), "cell.empty", "is empty");
        }
        return value;
    }

    /** The trimmed cell, or null when the column is not mapped, missing in this row, empty or a dash. */
    String cell(String[] row, Field field) {
        Integer at = index.get(field);
        if (at == null || at >= row.length) {
            return null;
        }
        String value = row[at].trim();
        return value.isEmpty() || value.equals("—") || value.equals("-") ? null : value;
    }

    private String column(Field field) {
        Integer at = index.get(field);
        return at == null ? field.key() : header[at].trim();
    }
}
