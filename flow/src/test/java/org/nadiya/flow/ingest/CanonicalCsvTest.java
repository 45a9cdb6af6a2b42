package org.nadiya.flow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nadiya.flow.GraphBuilder;
import org.nadiya.flow.Money;
import org.nadiya.flow.OnError;
import org.nadiya.flow.Transaction;
import org.nadiya.flow.TransactionGraph;

/**
 * The canonical CSV's fast path gives what the general path gives: the same transactions, the same graph, the
 * same report and the same error (row, column, reason), on random files mixing plain rows with every kind of row
 * the fast path hands over (quoted over several lines, non-ASCII, details, bad cells, blank lines, line endings),
 * read whole, and in two halves on two threads.
 */
class CanonicalCsvTest {

    private static final String[] CANONICAL = {"id", "timestamp", "from_account", "to_account", "amount",
            "currency"};
    private static final String[] EXTRAS = {"description", "mcc", "channel", "from_name", "to_country"};

    @TempDir
    Path dir;

    /** What one import gave: the transactions and report, or the exception. */
    record Outcome(List<Transaction> transactions, ImportReport report, String failure) {
    }

    private static Outcome general(Path file, OnError onError) throws IOException {
        List<Transaction> got = new ArrayList<>();
        try {
            var report = CsvImporter.read(file, null, null, onError, got::add, Progress.NONE, false, Long.MAX_VALUE);
            return new Outcome(got, report, null);
        } catch (IllegalArgumentException e) {
            return new Outcome(null, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static Outcome fast(Path file, OnError onError) throws IOException {
        List<Transaction> got = new ArrayList<>();
        try {
            var report = CsvImporter.read(file, null, null, onError, got::add, Progress.NONE, true, Long.MAX_VALUE);
            return new Outcome(got, report, null);
        } catch (IllegalArgumentException e) {
            return new Outcome(null, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static TransactionGraph graphOf(List<Transaction> transactions) {
        var builder = new GraphBuilder();
        transactions.forEach(builder::accept);
        return builder.build();
    }

    @Test
    void randomFilesReadTheSameOnTheFastAndTheGeneralPath() throws Exception {
        Set<CanonicalCsv.Split> splits = EnumSet.noneOf(CanonicalCsv.Split.class);
        int fastFiles = 0;
        int failures = 0;
        int skippedRows = 0;
        for (int seed = 0; seed < 400; seed++) {
            var random = new Random(seed);
            byte[] bytes = randomFile(random);
            Path file = Files.write(dir.resolve("r" + seed + ".csv"), bytes);
            var canonical = CanonicalCsv.recognise(Sniffer.head(file), file.getFileName().toString());
            if (canonical != null) {
                fastFiles++;
            }
            for (OnError onError : OnError.values()) {
                Outcome expected = general(file, onError);
                Outcome actual = fast(file, onError);
                String where = "seed " + seed + " " + onError + "\n" + new String(bytes, StandardCharsets.UTF_8);
                assertThat(actual.failure()).as(where).isEqualTo(expected.failure());
                assertThat(actual.report()).as(where).isEqualTo(expected.report());
                assertThat(actual.transactions()).as(where).isEqualTo(expected.transactions());
                if (expected.failure() != null) {
                    failures++;
                } else {
                    skippedRows += expected.report().skipped();
                }
                if (canonical == null) {
                    continue;
                }
                // Straight into a builder, in two halves (a split from the first byte on), as the engine loads; with
                // a read buffer of a few bytes too, so that rows, quotes and line breaks cross the buffer's end.
                for (int buffer : new int[] {1 << 20, 1 + random.nextInt(24)}) {
                    canonical.bufferSize = buffer;
                    var builder = new GraphBuilder();
                    String failure = null;
                    ImportReport report = null;
                    try {
                        report = canonical.read(file, onError, builder, Progress.NONE, 0);
                    } catch (IllegalArgumentException e) {
                        failure = e.getClass().getSimpleName() + ": " + e.getMessage();
                    }
                    splits.add(canonical.split);
                    assertThat(failure).as(where + "\nbuffer " + buffer).isEqualTo(expected.failure());
                    if (failure == null) {
                        assertThat(report).as(where).isEqualTo(expected.report());
                        assertSameGraph(builder.build(), graphOf(expected.transactions()), where);
                    }
                    List<Transaction> got = new ArrayList<>();
                    try {
                        report = canonical.read(file, onError, got::add, Progress.NONE, 0);
                        assertThat(report).as(where).isEqualTo(expected.report());
                        assertThat(got).as(where + "\nbuffer " + buffer).isEqualTo(expected.transactions());
                    } catch (IllegalArgumentException e) {
                        assertThat(e.getClass().getSimpleName() + ": " + e.getMessage()).as(where)
                                .isEqualTo(expected.failure());
                    }
                }
            }
        }
        assertThat(fastFiles).isGreaterThan(300);
        assertThat(failures).isGreaterThan(100);
        assertThat(skippedRows).isGreaterThan(1000);
        assertThat(splits).as("the second half was both kept and discarded in some files")
                .contains(CanonicalCsv.Split.APPENDED, CanonicalCsv.Split.DISCARDED);
    }

    /** A large plain file read in two halves gives the graph of one reader. */
    @Test
    void aPlainFileReadInTwoHalvesGivesTheGraphOfOneReader() throws Exception {
        var random = new Random(5);
        var text = new StringBuilder("id,timestamp,from_account,to_account,amount,currency\n");
        for (int i = 0; i < 50_000; i++) {
            text.append("T").append(i).append(',').append(Instant.ofEpochSecond(1_767_225_600L
                    + random.nextInt(90 * 86_400))).append(',').append(account(random.nextInt(3000))).append(',')
                    .append(account(random.nextInt(3000))).append(',').append(Money.format(1 + random.nextInt(5_000_000)))
                    .append(i % 1000 == 7 ? ",usd\n" : ",UAH\n");
        }
        Path file = Files.writeString(dir.resolve("plain.csv"), text);
        var canonical = CanonicalCsv.recognise(Sniffer.head(file), "plain.csv");
        var builder = new GraphBuilder();
        var report = canonical.read(file, OnError.FAIL, builder, Progress.NONE, 0);
        assertThat(canonical.split).isEqualTo(CanonicalCsv.Split.APPENDED);
        assertThat(report.imported()).isEqualTo(50_000);
        Outcome expected = general(file, OnError.FAIL);
        assertSameGraph(builder.build(), graphOf(expected.transactions()), "plain");
    }

    @Test
    void eachBadCellIsReportedWithRowColumnAndReasonOnTheFastPath() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.csv"), """
                id,timestamp,from_account,to_account,amount,currency
                t1,2026-03-01T10:00:00Z,A,B,100,UAH
                t2,2026-02-30T10:00:00Z,A,B,100,UAH
                t3,2026-03-01T10:00:00Z,A,B,12x,UAH
                t4,2026-03-01T10:00:00Z,A,B,1.234,UAH
                t5,2026-03-01T10:00:00Z,,B,1.00,UAH
                t6,2026-03-01T10:00:00Z,A,-,1.00,UAH
                t7,2026-03-01T10:00:00Z,A,B,1.00,US
                t8,,A,B,1.00,UAH
                t9,2026-03-01T10:00:00Z,A,B,99999999999999999999,UAH
                t10,2026-03-01T10:00:00Z,A,B,,UAH
                t11,2026-03-01T10:00:00Z,A,B,0.00,UAH
                ,2026-03-01T10:00:00Z,A,B,5,uah
                """);
        assertThat(fast(file, OnError.FAIL).failure()).isEqualTo("BadStatementException: bad.csv: row 3, column"
                + " 'timestamp': '2026-02-30T10:00:00Z' is not a date (ISO 8601 expected)");
        Outcome skip = fast(file, OnError.SKIP);
        assertThat(skip.report().errors()).extracting(ImportError::toString).containsExactly(
                "row 3, column 'timestamp': '2026-02-30T10:00:00Z' is not a date (ISO 8601 expected)",
                "row 4, column 'amount': amount '12x' is not a number",
                "row 5, column 'amount': amount '1.234' has more than two decimals",
                "row 6, column 'from_account': is empty",
                "row 7, column 'to_account': is empty",
                "row 8, column 'currency': 'US' is not a currency",
                "row 9, column 'timestamp': is empty",
                "row 10, column 'amount': amount is too large",
                "row 11, column 'amount': is empty");
        // A zero amount carries no money and is passed over, as on the general path; an empty id becomes file:line.
        assertThat(skip.report().imported()).isEqualTo(2);
        assertThat(skip.report().skipped()).isEqualTo(9);
        assertThat(skip.transactions()).extracting(Transaction::id).containsExactly("t1", "bad.csv:13");
        assertThat(skip.transactions().get(1).currency()).isEqualTo("UAH");
        assertThat(skip).isEqualTo(general(file, OnError.SKIP));
    }

    @Test
    void quotedFieldsAndLineBreaksInsideThemKeepTheRowNumbers() throws Exception {
        Path file = Files.writeString(dir.resolve("q.csv"), "id,timestamp,from_account,to_account,amount,currency,"
                + "description\r\n"
                + "t1,2026-03-01T10:00:00Z,\"UA1,2\",B,100.50,UAH,\"rent\r\nMarch, \"\"flat\"\"\"\r\n"
                + "t2,2026-03-01T11:00:00Z,B,C,7,USD,\r\n"
                + "t3,2026-03-01T12:00:00Z,C,D,bad,UAH,\r\n");
        Outcome skip = fast(file, OnError.SKIP);
        assertThat(skip.transactions().get(0).fromAccount()).isEqualTo("UA1,2");
        assertThat(skip.transactions().get(0).details().description()).isEqualTo("rent\r\nMarch, \"flat\"");
        assertThat(skip.report().errors()).extracting(ImportError::row).containsExactly(5L);
        assertThat(skip).isEqualTo(general(file, OnError.SKIP));
    }

    @Test
    void anUnclosedQuoteAndBytesThatAreNotUtf8AreRefusedAsOnTheGeneralPath() throws Exception {
        Path open = Files.writeString(dir.resolve("open.csv"), "id,timestamp,from_account,to_account,amount,currency\n"
                + "t1,2026-03-01T10:00:00Z,A,B,1,UAH\nt2,2026-03-01T10:00:00Z,\"A,B,1,UAH\n");
        for (OnError onError : OnError.values()) {
            assertThat(fast(open, onError).failure())
                    .isEqualTo("UnclosedQuoteException: line 3: a quoted field is not closed")
                    .isEqualTo(general(open, onError).failure());
        }
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes("id,timestamp,from_account,to_account,amount,currency\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 5000; i++) {
            bytes.writeBytes(("t" + i + ",2026-03-01T10:00:00Z,Рахунок-" + i + ",B,1,UAH\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        bytes.writeBytes(new byte[] {'t', ',', (byte) 0xC3, '2', '\n'});
        Path broken = Files.write(dir.resolve("broken.csv"), bytes.toByteArray());
        assertThat(CanonicalCsv.recognise(Sniffer.head(broken), "broken.csv")).isNotNull();
        for (OnError onError : OnError.values()) {
            assertThat(fast(broken, onError).failure()).isEqualTo("BadStatementException: broken.csv: not UTF-8 text")
                    .isEqualTo(general(broken, onError).failure());
        }
    }

    @Test
    void onlyThePlainCanonicalHeaderTakesTheFastPath() {
        assertThat(recognise("id,timestamp,from_account,to_account,amount,currency\n")).isNotNull();
        assertThat(recognise("\ufeffamount,id,currency,timestamp,to_account,from_account,mcc,description\r\n"))
                .isNotNull();
        assertThat(recognise("id,timestamp,from_account,to_account,amount\n")).isNull();
        assertThat(recognise("id,timestamp,from_account,to_account,amount,currency,currency\n")).isNull();
        assertThat(recognise("ID,timestamp,from_account,to_account,amount,currency\n")).isNull();
        assertThat(recognise("id, timestamp,from_account,to_account,amount,currency\n")).isNull();
        assertThat(recognise("\"id\",timestamp,from_account,to_account,amount,currency\n")).isNull();
        assertThat(recognise("id,timestamp,from_account,to_account,amount,currency,debit\n")).isNull();
        assertThat(recognise("Statement\nid,timestamp,from_account,to_account,amount,currency\n")).isNull();
    }

    @Test
    void timestampsAndAmountsFromBytesAgreeWithTheGeneralParsers() {
        var random = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            long day = random.nextInt(3_000_000) - 719_528;
            LocalDate date = LocalDate.ofEpochDay(day);
            if (date.getYear() >= 0 && date.getYear() <= 9999) {
                assertThat(CanonicalCsv.epochDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth()))
                        .isEqualTo(day);
            }
            String text = String.format("%04d-%02d-%02dT%02d:%02d:%02dZ", random.nextInt(10_000), random.nextInt(14),
                    random.nextInt(33), random.nextInt(26), random.nextInt(62), random.nextInt(62));
            byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
            assertThat(CanonicalCsv.utcSeconds(bytes, 0)).as(text).isEqualTo(Timestamps.utcSeconds(text));
            String amount = randomAmount(random);
            byte[] a = amount.getBytes(StandardCharsets.US_ASCII);
            long fast = CanonicalCsv.minorUnits(a, 0, a.length);
            if (fast != 0) {
                assertThat(fast).as(amount).isEqualTo(Money.parseMinor(amount, '.'));
            }
        }
    }

    private static String randomAmount(Random random) {
        var s = new StringBuilder();
        int sign = random.nextInt(4);
        if (sign == 0) {
            s.append('-');
        } else if (sign == 1) {
            s.append('+');
        }
        int digits = random.nextInt(18);
        for (int i = 0; i < digits; i++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        if (random.nextBoolean()) {
            s.append('.');
            int decimals = random.nextInt(4);
            for (int i = 0; i < decimals; i++) {
                s.append((char) ('0' + random.nextInt(10)));
            }
        }
        return s.toString();
    }

    private static CanonicalCsv recognise(String header) {
        return CanonicalCsv.recognise((header + "t1,2026-03-01T10:00:00Z,A,B,1,UAH\n").getBytes(StandardCharsets.UTF_8),
                "x.csv");
    }

    private static String account(int n) {
        return "UA" + (10 + n % 89) + String.format("%025d", n);
    }

    /** A random statement: mostly plain rows, and every kind of row the fast path must hand over. */
    private static byte[] randomFile(Random random) {
        List<String> columns = new ArrayList<>(List.of(CANONICAL));
        for (String extra : EXTRAS) {
            if (random.nextInt(3) == 0) {
                columns.add(extra);
            }
        }
        if (random.nextInt(3) == 0) {
            Collections.shuffle(columns, random);
        }
        var out = new StringBuilder();
        if (random.nextInt(8) == 0) {
            out.append('\ufeff');
        }
        if (random.nextInt(25) == 0) {
            out.append("Statement of account\n");
        }
        out.append(String.join(",", random.nextInt(30) == 0 ? List.of("id", "ts", "amount") : columns));
        out.append(lineBreak(random));
        int rows = random.nextInt(60);
        int plainShare = random.nextInt(10);
        for (int r = 0; r < rows; r++) {
            int kind = random.nextInt(10) < plainShare ? 0 : 1 + random.nextInt(12);
            switch (kind) {
                case 1 -> out.append("");
                case 2 -> out.append(random.nextBoolean() ? "   " : ",,");
                case 3 -> out.append(String.join(",", columns));
                default -> {
                    List<String> cells = new ArrayList<>();
                    for (String column : columns) {
                        cells.add(kind == 0 ? plainCell(column, random, r) : anyCell(column, random, r));
                    }
                    if (kind == 4 && !cells.isEmpty()) {
                        cells.remove(cells.size() - 1);
                    }
                    if (kind == 5) {
                        cells.add(random.nextBoolean() ? "extra" : "");
                    }
                    out.append(String.join(",", cells));
                }
            }
            out.append(r == rows - 1 && random.nextInt(4) == 0 ? "" : lineBreak(random));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String lineBreak(Random random) {
        int k = random.nextInt(10);
        return k < 7 ? "\n" : k < 9 ? "\r\n" : "\r";
    }

    private static String plainCell(String column, Random random, int row) {
        return switch (column) {
            case "id" -> "T" + row;
            case "timestamp" -> Instant.ofEpochSecond(1_767_225_600L + random.nextInt(90 * 86_400)).toString();
            case "from_account", "to_account" -> account(random.nextInt(12));
            case "amount" -> Money.format(1 + random.nextInt(10_000_000));
            case "currency" -> random.nextInt(6) == 0 ? "USD" : "UAH";
            default -> "";
        };
    }

    private static String anyCell(String column, Random random, int row) {
        if (random.nextInt(4) != 0) {
            String plain = plainCell(column, random, row);
            return random.nextInt(6) == 0 ? " " + plain + "  " : plain;
        }
        String[] odd = switch (column) {
            case "id" -> new String[] {"", "-", "Т" + row, "\"T" + row + "\"", "t\"x", "  ", "\"a\"\"b\"", "x\ty"};
            case "timestamp" -> new String[] {"", "yesterday", "2026-02-30T10:00:00Z", "2026-03-01T24:00:00Z",
                "2026-03-01T10:00:60Z", "2026-03-01T10:00:00+02:00", "2026-03-01", "2026-03-01 10:00:00",
                "2026-03-01T10:00:00.5Z", "\"2026-03-01T10:00:00Z\"", "2026-3-01T10:00:00Z", "—"};
            case "from_account", "to_account" -> new String[] {"", "-", "—", "Рахунок 1", "\"UA1,2\"",
                "\"multi\nline\"", "\"A\"\"B\"", "\"unclosed", "A\"B", "UA 1"};
            case "amount" -> new String[] {"", "0", "0.00", "-0.5", "12", "12.5", "-12.50", "+3.00", "1.234",
                "1.230", "12x", ".5", "12.", "99999999999999999999", "1 234.56", "\"1,234.56\"", "−5", "5 грн",
                "5 UAH", "-"};
            case "currency" -> new String[] {"", "-", "usd", "Uah", "US", "980", "грн", "$", "EURO", "\"EUR\""};
            case "channel" -> new String[] {"card", "bogus", "готівка", "\"cash\""};
            case "mcc" -> new String[] {"6011", "5411", "\"7011\""};
            default -> new String[] {"rent", "оплата, квартира", "\"a, \"\"b\"\"\nc\"", "Іван"};
        };
        return odd[random.nextInt(odd.length)];
    }

    private static void assertSameGraph(TransactionGraph actual, TransactionGraph expected, String where) {
        assertThat(actual.transactionCount()).as(where).isEqualTo(expected.transactionCount());
        assertThat(actual.accountCount()).as(where).isEqualTo(expected.accountCount());
        for (int a = 0; a < expected.accountCount(); a++) {
            assertThat(actual.account(a)).as(where).isEqualTo(expected.account(a));
            assertThat(actual.accountName(a)).as(where).isEqualTo(expected.accountName(a));
            assertThat(actual.accountCountry(a)).as(where).isEqualTo(expected.accountCountry(a));
            assertThat(actual.outStart(a)).isEqualTo(expected.outStart(a));
            assertThat(actual.inStart(a)).isEqualTo(expected.inStart(a));
            assertThat(actual.outEnd(a)).isEqualTo(expected.outEnd(a));
        }
        for (int t = 0; t < expected.transactionCount(); t++) {
            assertThat(actual.id(t)).as(where).isEqualTo(expected.id(t));
            assertThat(actual.from(t)).as(where).isEqualTo(expected.from(t));
            assertThat(actual.to(t)).as(where).isEqualTo(expected.to(t));
            assertThat(actual.time(t)).as(where).isEqualTo(expected.time(t));
            assertThat(actual.amount(t)).as(where).isEqualTo(expected.amount(t));
            assertThat(actual.currency(t)).as(where).isEqualTo(expected.currency(t));
            assertThat(actual.details(t)).as(where).isEqualTo(expected.details(t));
            assertThat(actual.outTx(t)).isEqualTo(expected.outTx(t));
            assertThat(actual.inTx(t)).isEqualTo(expected.inTx(t));
        }
    }
}
