package org.nadiya.flow.ingest;

import org.nadiya.flow.OnError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nadiya.flow.Channel;
import org.nadiya.flow.Transaction;

class StatementImporterTest {

    @TempDir
    Path dir;

    private final List<Transaction> got = new ArrayList<>();

    static Path resource(String name) throws URISyntaxException {
        return Path.of(StatementImporterTest.class.getResource("/statements/" + name).toURI());
    }

    private ImportReport load(Path file, StatementImporter.Options options) throws IOException {
        return StatementImporter.importFile(file, options, got::add);
    }

    private Path write(String name, String text, Charset charset) throws IOException {
        return Files.write(dir.resolve(name), text.getBytes(charset));
    }

    @Test
    void readsAWindows1251BusinessExportThroughAMappingFile() throws Exception {
        Mapping mapping = MappingFile.read(resource("oschad-business.mapping.yaml"));
        var report = load(resource("oschad-business-cp1251.csv"),
                new StatementImporter.Options(mapping, null, null, OnError.FAIL, null));
        assertThat(report.imported()).isEqualTo(6);
        assertThat(report.format()).isEqualTo("oschad-business");
        Transaction first = got.get(0);
        assertThat(first.fromAccount()).isEqualTo("UA903052990000026004011223344");
        assertThat(first.toAccount()).isEqualTo("UA213223130000026007233566001");
        assertThat(first.amountMinor()).isEqualTo(15_000_00);
        assertThat(first.timestamp()).isEqualTo(Instant.parse("2026-03-02T07:15:00Z"));
        assertThat(first.details().fromName()).isEqualTo("ФОП Коваленко Ірина Петрівна");
        Transaction hotel = got.get(2);
        assertThat(hotel.fromAccount()).isEqualTo("UA213223130000026007233566001");
        assertThat(hotel.toAccount()).isEqualTo("UA113005280000026005300123456");
        assertThat(hotel.amountMinor()).isEqualTo(28_950_00);
        assertThat(hotel.details().description()).contains("проживання 6 осіб");
        assertThat(got.get(3).amountMinor()).isEqualTo(9_800_50);
    }

    @Test
    void readsCamt053WithDirectionFromTheIndicatorAndOneTransactionPerDetail() throws Exception {
        var report = load(resource("camt053-privat.xml"), StatementImporter.Options.defaults());
        assertThat(report.format()).isEqualTo("camt053");
        assertThat(got).extracting(Transaction::id)
                .containsExactly("PB260302-000117", "PB260303-000342", "PB260304-000001", "PB260304-000002");
        assertThat(got.get(0).fromAccount()).isEqualTo("GB33BUKB20201555555555");
        assertThat(got.get(0).toAccount()).isEqualTo("UA683052990000026003016211432");
        assertThat(got.get(1).timestamp()).isEqualTo(Instant.parse("2026-03-03T08:15:00Z"));
        assertThat(got.get(2).toAccount()).isEqualTo("40702810900000012345");
        assertThat(got.get(2).details().toCountry()).isEqualTo("RU");
        assertThat(got.get(2).amountMinor()).isEqualTo(50_000_00);
        assertThat(got.get(3).amountMinor()).isEqualTo(30_000_00);
        assertThat(got).allMatch(t -> t.details().channel() == Channel.TRANSFER);
    }

    @Test
    void camtRefusesDtdsAndExternalEntities() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        Path file = write("evil.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE Document [<!ENTITY x SYSTEM "%s">]>
                <Document><BkToCstmrStmt><Stmt><Acct><Id><IBAN>&x;</IBAN></Id></Acct></Stmt></BkToCstmrStmt></Document>
                """.formatted(secret.toUri()), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> load(file, StatementImporter.Options.defaults()))
                .isInstanceOf(BadStatementException.class).hasMessageNotContaining("TOP-SECRET");
        assertThat(got).isEmpty();
    }

    @Test
    void canonicalCsvNeedsNoMapping() throws Exception {
        Path file = write("c.csv", """
                id,timestamp,from_account,to_account,amount,currency,description
                t1,2026-03-01T10:00:00Z,A,B,100.50,UAH,"rent, March"
                t2,2026-03-01T11:00:00Z,B,C,7,USD,
                """, StandardCharsets.UTF_8);
        var report = load(file, StatementImporter.Options.defaults());
        assertThat(report.format()).isEqualTo("canonical");
        assertThat(got).extracting(Transaction::amountMinor).containsExactly(100_50L, 7_00L);
        assertThat(got.get(0).details().description()).isEqualTo("rent, March");
        assertThat(got.get(1).currency()).isEqualTo("USD");
    }

    @Test
    void recognisesAMonobankExportAndKeepsMccAndDescription() throws Exception {
        Path file = write("mono.csv", """
                Дата i час операції,Деталі операції,MCC,Сума в валюті картки (UAH),Сума в валюті операції,Валюта,Курс,Сума комісій (UAH),Сума кешбеку (UAH),Залишок після операції
                01.03.2026 23:40:12,Hotel Dnipro,7011,-1850.00,-1850.00,UAH,—,—,—,5210.40
                02.03.2026 09:00:00,Переказ від Іван К.,4829,500.00,500.00,UAH,—,—,—,5710.40
                02.03.2026 10:00:00,Банкомат,6011,-1000.00,-1000.00,UAH,—,—,—,4710.40
                """, StandardCharsets.UTF_8);
        var report = load(file, new StatementImporter.Options(null, null, "card:mono-1", OnError.FAIL, null));
        assertThat(report.format()).isEqualTo("monobank-uk");
        assertThat(got.get(0).fromAccount()).isEqualTo("card:mono-1");
        assertThat(got.get(0).toAccount()).isEqualTo("merchant:Hotel Dnipro");
        assertThat(got.get(0).details().mcc()).isEqualTo("7011");
        assertThat(got.get(0).details().channel()).isEqualTo(Channel.CARD);
        assertThat(got.get(1).toAccount()).isEqualTo("card:mono-1");
        assertThat(got.get(2).toAccount()).isEqualTo("cash");
    }

    @Test
    void aSingleAccountStatementWithoutItsOwnerIsRefused() throws Exception {
        Path file = write("mono.csv", """
                Date and time,Description,MCC,"Card currency amount, (UAH)",Operation amount,Operation currency,Exchange rate,"Commission, (UAH)","Cashback amount, (UAH)",Balance
                01.03.2026 23:40:12,Hotel,7011,-1850.00,-1850.00,UAH,—,—,—,5210.40
                """, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> load(file, StatementImporter.Options.defaults()))
                .hasMessageContaining("owner's account");
    }

    @Test
    void recognisesAnIBank2ExportInWindows1251() throws Exception {
        String text = "ЄДРПОУ;МФО;Рахунок;Валюта;Дата операції;Код операції;МФО банка;Назва банка;Рахунок кореспондента;"
                + "ЄДРПОУ кореспондента;Кореспондент;Номер документа;Дата документа;Дебет;Кредит;Призначення платежу;"
                + "Гривневе покриття\r\n"
                + "43125567;322313;UA213223130000026007233566001;UAH;04.03.2026 12:00:00;1;305299;ПриватБанк;"
                + "UA903052990000026004011223344;3012345678;ФОП Коваленко;55;04.03.2026;2500.00;;Оплата;2500.00\r\n";
        var report = load(write("ibank.csv", text, Sniffer.CP1251), StatementImporter.Options.defaults());
        assertThat(report.format()).isEqualTo("ibank2");
        assertThat(got.get(0).fromAccount()).isEqualTo("UA213223130000026007233566001");
        assertThat(got.get(0).toAccount()).isEqualTo("UA903052990000026004011223344");
        assertThat(got.get(0).amountMinor()).isEqualTo(2500_00);
    }

    @Test
    void badRowsNameRowColumnAndReasonAndFailByDefault() throws Exception {
        Path file = write("bad.csv", """
                id,timestamp,from_account,to_account,amount,currency
                t1,2026-03-01T10:00:00Z,A,B,100,UAH
                t2,yesterday,A,B,100,UAH
                t3,2026-03-01T10:00:00Z,A,B,12x,UAH
                """, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> load(file, StatementImporter.Options.defaults()))
                .isInstanceOf(BadStatementException.class)
                .hasMessageContaining("row 3, column 'timestamp'").hasMessageContaining("'yesterday' is not a date");
        got.clear();
        var report = load(file, new StatementImporter.Options(null, null, null, OnError.SKIP, null));
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.skipped()).isEqualTo(2);
        assertThat(report.errors()).extracting(ImportError::row, ImportError::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "timestamp"),
                        org.assertj.core.groups.Tuple.tuple(4L, "amount"));
    }

    @Test
    void aMappingWithAnUnknownFieldIsRefusedNamingIt() throws Exception {
        Path mapping = write("m.yaml", "columns:\n  Дата: when\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> MappingFile.read(mapping)).hasMessageContaining("columns.Дата")
                .hasMessageContaining("unknown field 'when'");
    }

    @Test
    void mappingFilesMayBeJson() throws Exception {
        Path mapping = write("m.json", """
                {"columns": {"Коли": "timestamp", "Звідки": "from_account", "Куди": "to_account", "Скільки": "amount"},
                 "delimiter": ";", "decimalComma": true, "datePattern": "dd.MM.yyyy"}
                """, StandardCharsets.UTF_8);
        Path file = write("x.csv", "Коли;Звідки;Куди;Скільки\n01.03.2026;A;B;1 234,56\n", StandardCharsets.UTF_8);
        load(file, new StatementImporter.Options(MappingFile.read(mapping), null, null, null, null));
        assertThat(got.get(0).amountMinor()).isEqualTo(1234_56);
        // A date without a time of day is that date (its midnight UTC, marked date-only), not midnight in Kyiv.
        assertThat(got.get(0).timestamp()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(got.get(0).dateOnly()).isTrue();
    }
}
