package org.nadiya.flow.ingest;

import org.nadiya.flow.OnError;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nadiya.flow.Transaction;

class SpreadsheetImporterTest {

    @TempDir
    Path dir;

    private Path workbook(String name, Object[][] rows) throws Exception {
        Path file = dir.resolve(name);
        try (var book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = book.createSheet("Виписка");
            var dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy hh:mm:ss"));
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    var cell = row.createCell(c);
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof LocalDateTime t) {
                        cell.setCellValue(t);
                        cell.setCellStyle(dateStyle);
                    } else {
                        cell.setCellValue(String.valueOf(v));
                    }
                }
            }
            book.write(out);
        }
        return file;
    }

    @Test
    void readsAPrivatBankXlsxAfterItsTitleRow() throws Exception {
        Path file = workbook("privat.xlsx", new Object[][] {
                {"Виписка з Ваших карток за період 01.03.2026 - 31.03.2026"},
                {"Дата", "Категорія", "Картка", "Опис операції", "Сума в валюті картки", "Валюта картки",
                        "Сума в валюті транзакції", "Валюта транзакції", "Залишок на кінець періоду", "Валюта залишку"},
                {LocalDateTime.of(2026, 3, 1, 23, 10, 0), "Готелі", "8345 **** **** 2284", "Hotel Lviv", -2150.5, "грн",
                        -2150.5, "грн", 10000, "грн"},
                {LocalDateTime.of(2026, 3, 2, 9, 0, 0), "Перекази", "8345 **** **** 2284", "Від Олени М.", 700, "грн",
                        700, "грн", 10700, "грн"}});
        List<Transaction> got = new ArrayList<>();
        var report = StatementImporter.importFile(file,
                new StatementImporter.Options(null, null, "card:8345-2284", OnError.FAIL, null), got::add);
        assertThat(report.format()).isEqualTo("privatbank-xlsx");
        assertThat(got).hasSize(2);
        assertThat(got.get(0).fromAccount()).isEqualTo("card:8345-2284");
        assertThat(got.get(0).amountMinor()).isEqualTo(2150_50);
        assertThat(got.get(0).timestamp()).isEqualTo(Instant.parse("2026-03-01T21:10:00Z"));
        assertThat(got.get(1).toAccount()).isEqualTo("card:8345-2284");
    }

    @Test
    void readsPumbAmountsWrittenAsTextAndStopsAtTheTotal() throws Exception {
        Path file = workbook("pumb.xlsx", new Object[][] {
                {"ПУМБ"}, {"Рахунок: UA000000000000000000000000001"}, {},
                {"Дата операції", "Тип операції", "Сума у валюті операції", "Опис", "Дата списання", "Сума операції",
                        "Комісія"},
                {"03.03.2026 14:00", "Покупка", "-1 234,56 UAH", "Сільпо", "04.03.2026", "-1 234,56 UAH", "0,00 UAH"},
                {"ВСЬОГО", "", "", "", "", "-1 234,56 UAH", ""}});
        List<Transaction> got = new ArrayList<>();
        var report = StatementImporter.importFile(file,
                new StatementImporter.Options(null, null, "UA000000000000000000000000001", OnError.FAIL, null),
                got::add);
        assertThat(report.format()).isEqualTo("pumb");
        assertThat(got).singleElement().satisfies(t -> {
            assertThat(t.amountMinor()).isEqualTo(1234_56);
            assertThat(t.toAccount()).isEqualTo("counterparty:Сільпо");
        });
    }
}
