package org.nadiya.flow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nadiya.flow.Channel;
import org.nadiya.flow.OnError;
import org.nadiya.flow.StatementException;
import org.nadiya.flow.Transaction;

/**
 * The business (and card) exports of Ukrainian banks, each on a fixture written in the structure of the real files
 * (docs/sources.md): recognised by the header, the account taken from the file, encodings, number formats and
 * directions as each bank writes them.
 */
class UkrainianBanksTest {

    private static final Charset CP1251 = Charset.forName("windows-1251");

    @TempDir
    Path dir;

    private final List<Transaction> got = new ArrayList<>();

    private static Path ua(String name) throws URISyntaxException {
        return Path.of(UkrainianBanksTest.class.getResource("/statements/ua/" + name).toURI());
    }

    private ImportReport load(Path file) throws IOException {
        return load(file, null, OnError.FAIL);
    }

    private ImportReport load(Path file, String owner, OnError onError) throws IOException {
        return StatementImporter.importFile(file, new StatementImporter.Options(null, null, owner, onError, null),
                got::add);
    }

    /** A copy of a fixture with one text replaced (a bad cell), in the fixture's own encoding. */
    private Path edited(String name, String from, String to, Charset charset) throws Exception {
        String text = Files.readString(ua(name), charset);
        assertThat(text).contains(from);
        return Files.writeString(dir.resolve(name), text.replace(from, to), charset);
    }

    @Test
    void privatBankBusinessSignedAmountsWithSpacesAndDatesWithoutTime() throws Exception {
        var report = load(ua("privatbank-business-cp1251.csv"));
        assertThat(report.format()).isEqualTo("privatbank-business");
        assertThat(report.owners()).containsExactly("UA683052990000026003016211432");
        assertThat(got).extracting(Transaction::fromAccount, Transaction::toAccount, Transaction::amountMinor)
                .containsExactly(
                        tuple("UA683052990000026003016211432", "UA903052990000026004011223344", 70_000_00L),
                        tuple("UA213223130000026007233566001", "UA683052990000026003016211432", 125_400_50L),
                        tuple("UA683052990000026003016211432", "UA113052990000026005300123456", 28_950_00L));
        Transaction first = got.get(0);
        assertThat(first.timestamp()).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
        assertThat(first.dateOnly()).isTrue();
        assertThat(first.details().toName()).isEqualTo("ФОП Коваленко Iрина Петрiвна");
        assertThat(first.details().toBank()).isEqualTo("305299");
        assertThat(got.get(1).details().fromName()).isEqualTo("ТОВ \"ЛАЙТ ТРЕВЕЛ\"");
    }

    @Test
    void iBank2ExportsOfRaiffeisenUkrsibAndProCredit() throws Exception {
        var raiffeisen = load(ua("ibank2-raiffeisen-cp1251.csv"));
        assertThat(raiffeisen.format()).isEqualTo("ibank2");
        assertThat(got).extracting(Transaction::fromAccount, Transaction::toAccount, Transaction::amountMinor)
                .containsExactly(
                        tuple("UA853808050000026206301234567", "UA473052990000026201877665544", 4800_00L),
                        tuple("UA213223130000026007233566001", "UA853808050000026206301234567", 15000_00L));
        assertThat(got.get(0).timestamp()).isEqualTo(Instant.parse("2026-03-05T08:42:00Z"));
        assertThat(got.get(0).details().toBank()).isEqualTo("305299");
        got.clear();
        var ukrsib = load(ua("ibank2-ukrsib-cp1251.csv"));
        assertThat(ukrsib.format()).isEqualTo("ibank2");
        assertThat(got).extracting(Transaction::toAccount, Transaction::currency, Transaction::amountMinor)
                .containsExactly(tuple("FR7630004000031234567890143", "EUR", 2450_00L),
                        tuple("UA573510050000026001234567890", "EUR", 900_00L));
        assertThat(got.get(1).details().fromName()).isEqualTo("ТОВ \"ГРАНД ГОТЕЛЬ\"");
        got.clear();
        var procredit = load(ua("ibank2-procredit-cp1251.csv"));
        assertThat(procredit.format()).isEqualTo("ibank2");
        assertThat(got).singleElement().satisfies(t -> {
            assertThat(t.fromAccount()).isEqualTo("UA323209840000026005678901234");
            assertThat(t.amountMinor()).isEqualTo(150_00);
        });
    }

    @Test
    void theSenseBankBusinessCsvIsRecognisedWithSeveralOwnAccountsInOneFile() throws Exception {
        var report = load(ua("sense-business-cp1251.csv"));
        assertThat(report.format()).isEqualTo("sense-business");
        assertThat(report.owners()).containsExactly("UA423003460000026007052701234", "UA703003460000026000052709999");
        assertThat(got).extracting(Transaction::fromAccount, Transaction::toAccount, Transaction::amountMinor,
                Transaction::currency).containsExactly(
                tuple("UA423003460000026007052701234", "UA113003460000026003052701111", 1018_23L, "GBP"),
                tuple("UA903052990000026004011223344", "UA423003460000026007052701234", 5018_23L, "UAH"),
                tuple("UA423003460000026007052701234", "UA703003460000026000052709999", 18000_00L, "UAH"));
        assertThat(got.get(0).timestamp()).isEqualTo(Instant.parse("2026-03-09T12:00:14Z"));
        assertThat(got.get(0).details().fromName()).isEqualTo("ТОВ \"НОВА ХВИЛЯ\"");
        assertThat(got.get(0).details().toName()).isEqualTo("ТОВ \"ВЕКТОР ПЛЮС\"");
    }

    @Test
    void aDirectionThatIsNeitherDebitNorCreditIsABadRowNamedInTheBanksWords() throws Exception {
        Path bad = edited("sense-business-cp1251.csv", "Кредит;;UA9030", "Списання;;UA9030", CP1251);
        assertThatThrownBy(() -> load(bad)).isInstanceOfSatisfying(StatementException.class, e -> {
            assertThat(e.issue().row()).isEqualTo(3);
            assertThat(e.issue().column()).isEqualTo("Операція");
            assertThat(e.issue().code()).isEqualTo("direction.invalid");
            assertThat(e.issue().args()).containsExactly("Списання");
        });
    }

    @Test
    void theSenseBankCardExportTakesItsAccountAndCurrencyFromTheHeading() throws Exception {
        var report = load(ua("sense-card-cp1251.csv"));
        assertThat(report.format()).isEqualTo("sense");
        assertThat(report.owners()).containsExactly("UA213003460000026201012345678");
        assertThat(got).extracting(Transaction::amountMinor).containsExactly(150_00L, 10_000_13L, 3140_00L, 1585_82L);
        assertThat(got).allMatch(t -> t.currency().equals("UAH"));
        assertThat(got.get(0).fromAccount()).isEqualTo("UA213003460000026201012345678");
        assertThat(got.get(0).timestamp()).isEqualTo(Instant.parse("2026-03-08T22:58:00Z"));
        assertThat(got.get(1).toAccount()).isEqualTo("UA213003460000026201012345678");
        assertThat(got.get(2).toAccount()).isEqualTo("merchant:HOTEL RYNOK LVIV");
        assertThat(got.get(2).details().channel()).isEqualTo(Channel.CARD);
        assertThat(got.get(3).toAccount()).isEqualTo("cash");
        got.clear();
        assertThat(load(ua("sense-card-cp1251.csv"), "UA21 3003 4600 0002 6201 0123 4567 8", OnError.FAIL).imported())
                .isEqualTo(4);
        assertThatThrownBy(() -> load(ua("sense-card-cp1251.csv"), "UA000000000000000000000000001", OnError.FAIL))
                .isInstanceOfSatisfying(StatementException.class,
                        e -> assertThat(e.issue().code()).isEqualTo("account.mismatch"));
    }

    @Test
    void aHeadingWithSeveralAccountsAsksWhichOneIsTheStatements() throws Exception {
        Path two = edited("sense-card-cp1251.csv", "рахунком: UA213003460000026201012345678",
                "рахунком: UA903052990000026004011223344", CP1251);
        assertThatThrownBy(() -> load(two)).isInstanceOfSatisfying(StatementException.class, e -> {
            assertThat(e.issue().code()).isEqualTo("account.ambiguous");
            assertThat(e.issue().args()).containsExactly(
                    "UA213003460000026201012345678, UA903052990000026004011223344");
        });
        assertThat(load(two, "UA903052990000026004011223344", OnError.FAIL).imported()).isEqualTo(4);
    }

    @Test
    void pumbBusinessCsvWithYearFirstDatesAndCommaDecimals() throws Exception {
        var report = load(ua("pumb-business-cp1251.csv"));
        assertThat(report.format()).isEqualTo("pumb-business");
        assertThat(got).extracting(Transaction::fromAccount, Transaction::toAccount, Transaction::amountMinor)
                .containsExactly(
                        tuple("UA483348510000026004123456789", "UA573348510000026001234567890", 12500_00L),
                        tuple("UA903052990000026004011223355", "UA483348510000026004123456789", 48000_00L));
        assertThat(got.get(0).timestamp()).isEqualTo(Instant.parse("2026-03-12T00:00:00Z"));
        assertThat(got.get(0).dateOnly()).isTrue();
        assertThat(got).allMatch(t -> t.currency().equals("UAH"));
    }

    @Test
    void iFobsExportOfUkrgasbankUsesThePayersAndPayeesIbansElseTheAccountsAndDirection() throws Exception {
        var report = load(ua("ifobs-ukrgasbank-cp1251.csv"));
        assertThat(report.format()).isEqualTo("ifobs");
        assertThat(got).extracting(Transaction::fromAccount, Transaction::toAccount, Transaction::amountMinor)
                .containsExactly(
                        tuple("UA063204780000026001300123456", "UA143204780000026035300654321", 33_600_00L),
                        tuple("26002055512345", "26001300123456", 2_500_00L));
        assertThat(got.get(0).details().fromName()).isEqualTo("ТОВ \"ПЕРВОМАЙСЬК\"");
        assertThat(got.get(0).details().toName()).isEqualTo("ТОВ \"ГАРАНТ\"");
        assertThat(got.get(1).details().fromName()).isEqualTo("ФОП Левченко Ольга");
    }

    @Test
    void monobankBusinessExportWithTheAccountInItsHeadingAndAHeaderCellOverTwoLines() throws Exception {
        var report = load(ua("monobank-business.csv"));
        assertThat(report.format()).isEqualTo("monobank-business");
        assertThat(report.owners()).containsExactly("UA253220010000026001234567890");
        assertThat(got).extracting(Transaction::fromAccount, Transaction::toAccount, Transaction::amountMinor)
                .containsExactly(
                        tuple("UA573052990000026004011223366", "UA253220010000026001234567890", 21000_00L),
                        tuple("UA253220010000026001234567890", "UA903220010000026201234567800", 8500_00L));
        assertThat(got.get(0).timestamp()).isEqualTo(Instant.parse("2026-03-14T08:15:00Z"));
        assertThat(got.get(1).details().toName()).isEqualTo("Рибак Олена Іванівна");
    }

    @Test
    void theClientBankExchangeFileOf1cGivesBothSidesOfEachPayment() throws Exception {
        var report = load(ua("client-bank-exchange-cp1251.txt"));
        assertThat(report.format()).isEqualTo("1c");
        assertThat(report.owners()).containsExactly("UA213223130000026007233566001");
        assertThat(got).extracting(Transaction::fromAccount, Transaction::toAccount, Transaction::amountMinor)
                .containsExactly(
                        tuple("UA213223130000026007233566001", "UA113052990000026005300123456", 28950_00L),
                        tuple("UA903052990000026004011223344", "UA213223130000026007233566001", 45000_00L));
        Transaction paid = got.get(0);
        assertThat(paid.timestamp()).isEqualTo(Instant.parse("2026-03-15T00:00:00Z"));
        assertThat(paid.dateOnly()).isTrue();
        assertThat(paid.details().fromName()).isEqualTo("ТОВ \"ЛАЙТ ТРЕВЕЛ\"");
        assertThat(paid.details().toBank()).isEqualTo("305299");
        assertThat(paid.details().description()).isEqualTo("Оплата за проживання 6 осіб, рах. 91 у т.ч. ПДВ 4825.00");
        // Credited on the 15th although dated the 14th: the date the money reached the statement's account.
        assertThat(got.get(1).timestamp()).isEqualTo(Instant.parse("2026-03-15T00:00:00Z"));
        assertThatThrownBy(() -> load(ua("client-bank-exchange-cp1251.txt"), "UA000000000000000000000000001",
                OnError.FAIL)).isInstanceOfSatisfying(StatementException.class,
                    e -> assertThat(e.issue().code()).isEqualTo("account.mismatch"));
    }

    @Test
    void aBad1cDocumentIsNamedByItsLineAndKey() throws Exception {
        Path bad = edited("client-bank-exchange-cp1251.txt", "Сумма=45000.00", "Сумма=45 тис.", CP1251);
        assertThatThrownBy(() -> load(bad)).isInstanceOfSatisfying(StatementException.class, e -> {
            assertThat(e.issue().row()).isEqualTo(37);
            assertThat(e.issue().column()).isEqualTo("Сумма");
            assertThat(e.issue().code()).isEqualTo("amount.not-number");
        });
        var report = load(bad, null, OnError.SKIP);
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.skipped()).isEqualTo(1);
    }

    @Test
    void oschadbankWorkbookWithTheAccountInItsHeadingAndDateCells() throws Exception {
        Path file = dir.resolve("oschad.xlsx");
        try (var book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = book.createSheet("Виписка");
            var dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            sheet.createRow(0).createCell(0).setCellValue("АТ \"Ощадбанк\" — виписка за період 01.03.2026 - 31.03.2026");
            sheet.createRow(1).createCell(0).setCellValue("Назва Клієнта: ТОВ \"ЛАЙТ ТРЕВЕЛ\"");
            sheet.createRow(2).createCell(0).setCellValue("Рахунок: UA 45 300465 0000026009012345678 (UAH)");
            String[] header = {"Дата валютування", "Номер документа", "Найменування кореспондента",
                "Код ЄДРПОУ кореспондента", "Рахунок кореспондента", "Дебет", "Кредит", "Призначення платежу"};
            var h = sheet.createRow(4);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            Object[][] rows = {
                {LocalDate.of(2026, 3, 16), "33", "ТОВ \"ЕНЕРГОЗБУТ\"", "41234567", "UA613004650000026003300112233",
                    7450.25, null, "Оплата за електроенергію"},
                {LocalDate.of(2026, 3, 17), "912", "Петренко Іван", "2987654320", "UA773004650000026201100223344",
                    null, 1200.0, "Повернення коштів"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(5 + r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof LocalDate d) {
                        var cell = row.createCell(c);
                        cell.setCellValue(d);
                        cell.setCellStyle(dateStyle);
                    } else if (v instanceof Double n) {
                        row.createCell(c).setCellValue(n);
                    } else if (v != null) {
                        row.createCell(c).setCellValue(String.valueOf(v));
                    }
                }
            }
            book.write(out);
        }
        var report = load(file);
        assertThat(report.format()).isEqualTo("oschadbank");
        assertThat(report.owners()).containsExactly("UA453004650000026009012345678");
        assertThat(got).extracting(Transaction::fromAccount, Transaction::toAccount, Transaction::amountMinor)
                .containsExactly(
                        tuple("UA453004650000026009012345678", "UA613004650000026003300112233", 7450_25L),
                        tuple("UA773004650000026201100223344", "UA453004650000026009012345678", 1200_00L));
        assertThat(got.get(0).timestamp()).isEqualTo(Instant.parse("2026-03-16T00:00:00Z"));
        assertThat(got.get(0).dateOnly()).isTrue();
    }

    @Test
    void badCellsOfABankExportNameRowColumnAndTheTextInTheBanksEncoding() throws Exception {
        Path bad = edited("privatbank-business-cp1251.csv", "-28 950.00", "-28 95O.00", CP1251);
        assertThatThrownBy(() -> load(bad)).isInstanceOfSatisfying(StatementException.class, e -> {
            assertThat(e.issue().source()).isEqualTo("privatbank-business-cp1251.csv");
            assertThat(e.issue().row()).isEqualTo(4);
            assertThat(e.issue().column()).isEqualTo("Сума");
            assertThat(e.issue().code()).isEqualTo("amount.not-number");
            assertThat(e.issue().args()).containsExactly("-28 95O.00");
            assertThat(e).hasMessage("privatbank-business-cp1251.csv: row 4, column 'Сума': amount '-28 95O.00' is not"
                    + " a number");
        });
        Path date = edited("ibank2-raiffeisen-cp1251.csv", "05.03.2026 15:10", "5 березня", CP1251);
        var report = load(date, null, OnError.SKIP);
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.column()).isEqualTo("Дата операції");
            assertThat(e.code()).isEqualTo("date.invalid");
            assertThat(e.args()).containsExactly("5 березня", "dd.MM.yyyy[ HH:mm[:ss]]");
        });
    }
}
