package org.nadiya.flow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nadiya.flow.FlowEngine;
import org.nadiya.flow.OnError;
import org.nadiya.flow.StatementException;
import org.nadiya.flow.TraceDirection;
import org.nadiya.flow.TraceMethod;
import org.nadiya.flow.Transaction;

/** The ISO 20022 readers on fixtures in the structure of real camt.052/053/054 files (docs/sources.md). */
class CamtImporterTest {

    @TempDir
    Path dir;

    private final List<Transaction> got = new ArrayList<>();

    private static Path camt(String name) throws URISyntaxException {
        return Path.of(CamtImporterTest.class.getResource("/statements/camt/" + name).toURI());
    }

    private ImportReport load(Path file) throws IOException {
        return StatementImporter.importFile(file, StatementImporter.Options.defaults(), got::add);
    }

    private ImportReport load(Path file, String owner, OnError onError) throws IOException {
        return StatementImporter.importFile(file, new StatementImporter.Options(null, null, owner, onError, null),
                got::add);
    }

    @Test
    void eachDetailOfABatchEntryGetsItsOwnAmountAndTheCurrencyOfThatAmount() throws Exception {
        var report = load(camt("camt053-batch.xml"));
        assertThat(report.format()).isEqualTo("camt053");
        assertThat(got).extracting(Transaction::id).containsExactly("RE-2017-118", "RE-2017-119", "170401CH0B7Q3M");
        assertThat(got).extracting(Transaction::amountMinor).containsExactly(564_05L, 100_00L, 2400_00L);
        // The instructed amount (EUR) and the charges (EUR) come after or beside TxAmt: the currency is TxAmt's.
        assertThat(got).extracting(Transaction::currency).containsExactly("CHF", "CHF", "CHF");
        Transaction first = got.get(0);
        assertThat(first.fromAccount()).isEqualTo("CH9300762011623852957");
        assertThat(first.toAccount()).isEqualTo("DE44500105175407324931");
        assertThat(first.details().fromName()).isEqualTo("Stiftung Lindenhof");
        assertThat(first.details().toName()).isEqualTo("Druckerei Kessler GmbH");
        assertThat(first.details().description()).isEqualTo("Rechnung 118 Jahresbericht");
        assertThat(got.get(2).fromAccount()).isEqualTo("CH2800767000C52004112");
        assertThat(report.owners()).containsExactly("CH9300762011623852957");
    }

    @Test
    void aBatchEntryWhoseDetailsHaveNoAmountsStaysOneTransactionWithANote() throws Exception {
        Path file = Files.writeString(dir.resolve("batch.xml"), """
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt>
                <Acct><Id><IBAN>UA213223130000026007233566001</IBAN></Id></Acct>
                <Ntry><Amt Ccy="UAH">700.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><BookgDt><Dt>2026-03-02</Dt></BookgDt>
                <AcctSvcrRef>B1</AcctSvcrRef><NtryDtls>
                <TxDtls><Refs><EndToEndId>E1</EndToEndId></Refs></TxDtls>
                <TxDtls><Refs><EndToEndId>E2</EndToEndId></Refs></TxDtls>
                </NtryDtls></Ntry></Stmt></BkToCstmrStmt></Document>
                """, StandardCharsets.UTF_8);
        var report = load(file);
        assertThat(got).singleElement().satisfies(t -> {
            assertThat(t.amountMinor()).isEqualTo(700_00);
            assertThat(t.id()).isEqualTo("B1");
        });
        assertThat(report.noted()).isEqualTo(1);
        assertThat(report.notes()).extracting(ImportError::code).containsExactly("entry.batch-whole");
    }

    @Test
    void datesWithAnOffsetAreReadAndABookingDateIsADateNotMidnightInKyiv() throws Exception {
        var report = load(camt("camt053-offset-dates.xml"));
        assertThat(report.imported()).isEqualTo(2);
        Transaction paid = got.get(0);
        assertThat(paid.timestamp()).isEqualTo(Instant.parse("2017-04-01T00:00:00Z"));
        assertThat(paid.dateOnly()).isTrue();
        // Shown in Kyiv the booking date is still the 1st, not the 31st of March.
        assertThat(paid.timestamp().atZone(ZoneId.of("Europe/Kyiv")).toLocalDate()).hasToString("2017-04-01");
        assertThat(paid.toAccount()).isEqualTo("AT611904300234573201");
        assertThat(paid.details().toName()).isEqualTo("Bergwerk Logistik GmbH");
        assertThat(paid.details().toCountry()).isEqualTo("AT");
        assertThat(got.get(1).fromAccount()).isEqualTo("CH4431999123000889012");
        assertThat(got.get(1).amountMinor()).isEqualTo(7800_00);
    }

    @Test
    void aTimeOfDayStaysAnInstant() throws Exception {
        load(camt("camt053-same-reference.xml"));
        assertThat(got.get(0).timestamp()).isEqualTo(Instant.parse("2026-04-03T12:20:00Z"));
        assertThat(got.get(0).dateOnly()).isFalse();
    }

    @Test
    void xmlThatIsNotAStatementIsRefusedNamingWhatItIs() throws Exception {
        Path pain = Files.writeString(dir.resolve("pain.xml"), """
                <?xml version="1.0"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"><CstmrCdtTrfInitn>
                <GrpHdr><MsgId>X</MsgId></GrpHdr></CstmrCdtTrfInitn></Document>
                """, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> load(pain)).isInstanceOfSatisfying(StatementException.class, e -> {
            assertThat(e.issue().code()).isEqualTo("xml.other-message");
            assertThat(e.issue().args()).containsExactly("pain.001.001.03");
            assertThat(e).hasMessageContaining("pain.001.001.03").hasMessageContaining("not a bank statement");
        });
        Path feed = Files.writeString(dir.resolve("feed.xml"), "<rss><channel><item>x</item></channel></rss>",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> load(feed)).isInstanceOfSatisfying(StatementException.class, e -> {
            assertThat(e.issue().code()).isEqualTo("xml.not-statement");
            assertThat(e).hasMessageContaining("<rss>");
        });
        Path empty = Files.writeString(dir.resolve("empty.xml"),
                "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"/>", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> load(empty)).isInstanceOf(StatementException.class)
                .hasMessageContaining("not an ISO 20022 bank statement");
        assertThat(got).isEmpty();
    }

    @Test
    void camt052ReportsAreReadAndEntriesNotBookedArePassedOverWithANote() throws Exception {
        var report = load(camt("camt052-intraday.xml"));
        assertThat(report.format()).isEqualTo("camt052");
        assertThat(got).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo("PB260305-000211");
            assertThat(t.toAccount()).isEqualTo("UA683052990000026003016211432");
            assertThat(t.details().toName()).isEqualTo("ТОВ \"ЕЙЧ-АР СЕРВІС\"");
        });
        assertThat(report.notes()).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo("entry.not-booked");
            assertThat(n.args()).containsExactly("PDNG");
            assertThat(n.row()).isEqualTo(24);
        });
    }

    @Test
    void camt054NotificationsAreReadWithTheirAccountFromOthrId() throws Exception {
        var report = load(camt("camt054-notification.xml"));
        assertThat(report.format()).isEqualTo("camt054");
        assertThat(got).singleElement().satisfies(t -> {
            assertThat(t.toAccount()).isEqualTo("26002055512345");
            assertThat(t.fromAccount()).isEqualTo("counterparty:NORDWIND TRADING LTD");
            assertThat(t.currency()).isEqualTo("USD");
            assertThat(t.id()).isEqualTo("SWF-260306-4471");
        });
    }

    @Test
    void twoDetailsWithTheSameReferenceAreBothKeptAndAZeroAmountDetailIsNoted() throws Exception {
        var report = load(camt("camt053-same-reference.xml"));
        assertThat(got).extracting(Transaction::id).containsExactly("ZP-2026-04", "ZP-2026-04");
        assertThat(got).extracting(Transaction::amountMinor).containsExactly(18000_00L, 12000_00L);
        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.skipped()).isZero();
        assertThat(report.notes()).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo("amount.zero");
            assertThat(n.column()).isEqualTo("TxDtls/Amt");
        });
    }

    @Test
    void aReferenceNamingTwoTransactionsIsAmbiguousAndEachIsReachableByItsNumber() throws Exception {
        var statements = FlowEngine.load(new FlowEngine.Inputs(List.of(camt("camt053-same-reference.xml")), null,
                null, null, OnError.FAIL), FlowEngine.Progress.NONE);
        assertThatThrownBy(() -> FlowEngine.traceJson(statements, null, "ZP-2026-04", TraceDirection.FORWARD,
                Long.MIN_VALUE, Long.MAX_VALUE, 4, TraceMethod.FIFO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names 2 transactions")
                .hasMessageContaining("ZP-2026-04#1 (2026-04-03T12:20:00Z, 18000.00 UAH, UA213223130000026007233566001 -> "
                        + "UA903052990000026204011223344)")
                .hasMessageContaining("ZP-2026-04#2 (2026-04-03T12:20:00Z, 12000.00 UAH");
        String second = FlowEngine.traceJson(statements, null, "ZP-2026-04#2", TraceDirection.FORWARD,
                Long.MIN_VALUE, Long.MAX_VALUE, 4, TraceMethod.FIFO);
        assertThat(second).contains("UA323052990000026205678901234").doesNotContain("UA903052990000026204011223344");
        String first = FlowEngine.traceJson(statements, null, "ZP-2026-04#1", TraceDirection.FORWARD,
                Long.MIN_VALUE, Long.MAX_VALUE, 4, TraceMethod.FIFO);
        assertThat(first).contains("UA903052990000026204011223344");
    }

    @Test
    void theAccountComesFromTheFileAndAContradictingOneIsRefused() throws Exception {
        var report = load(camt("camt054-notification.xml"), "26002055512345", OnError.FAIL);
        assertThat(report.imported()).isEqualTo(1);
        got.clear();
        assertThatThrownBy(() -> load(camt("camt054-notification.xml"), "UA000000000000000000000000001", OnError.FAIL))
                .isInstanceOfSatisfying(StatementException.class, e -> {
                    assertThat(e.issue().code()).isEqualTo("account.mismatch");
                    assertThat(e.issue().args()).containsExactly("26002055512345", "UA000000000000000000000000001");
                });
    }

    @Test
    void aStatementWithoutAnAccountTakesTheGivenOneElseNamesTheRow() throws Exception {
        Path file = Files.writeString(dir.resolve("noacct.xml"), """
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt>
                <Ntry><Amt Ccy="UAH">10.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-03-02</Dt></BookgDt>
                </Ntry></Stmt></BkToCstmrStmt></Document>
                """, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> load(file)).isInstanceOfSatisfying(StatementException.class, e -> {
            assertThat(e.issue().code()).isEqualTo("account.missing");
            assertThat(e.issue().row()).isEqualTo(2);
        });
        load(file, "UA213223130000026007233566001", OnError.FAIL);
        assertThat(got).singleElement().extracting(Transaction::toAccount).isEqualTo("UA213223130000026007233566001");
    }

    @Test
    void badEntriesAreNamedByLineAndElementAndSkippedOnRequest() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.xml"), """
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt>
                <Acct><Id><IBAN>UA213223130000026007233566001</IBAN></Id></Acct>
                <Ntry><Amt Ccy="UAH">1O.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-03-02</Dt></BookgDt></Ntry>
                <Ntry><Amt Ccy="UAH">10.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>02.03.2026</Dt></BookgDt></Ntry>
                <Ntry><Amt Ccy="UAH">10.00</Amt><CdtDbtInd>BOTH</CdtDbtInd><BookgDt><Dt>2026-03-02</Dt></BookgDt></Ntry>
                <Ntry><Amt Ccy="UAH">11.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-03-02</Dt></BookgDt></Ntry>
                </Stmt></BkToCstmrStmt></Document>
                """, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> load(file)).isInstanceOfSatisfying(StatementException.class, e -> {
            assertThat(e.issue().row()).isEqualTo(3);
            assertThat(e.issue().column()).isEqualTo("Amt");
            assertThat(e.issue().code()).isEqualTo("amount.not-number");
            assertThat(e.issue().args()).containsExactly("1O.00");
        });
        var report = load(file, null, OnError.SKIP);
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.errors()).extracting(ImportError::row, ImportError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "amount.not-number"),
                org.assertj.core.groups.Tuple.tuple(4L, "date.invalid"),
                org.assertj.core.groups.Tuple.tuple(5L, "direction.invalid"));
    }
}
