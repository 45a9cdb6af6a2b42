package org.nadiya.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nadiya.audit.AuditQuery;
import org.nadiya.audit.AuditLog;
import org.nadiya.cases.ExploitationForm;
import org.nadiya.cases.InvestigativeBody;
import org.nadiya.cases.LegalQualification;
import org.nadiya.cases.ProceedingDraft;
import org.nadiya.cases.Proceedings;
import org.nadiya.cases.TeamRole;
import org.nadiya.finance.FinancialAnalyses.FindingFilter;
import org.nadiya.finance.FinancialAnalyses.Review;
import org.nadiya.finance.FinancialAnalyses.Status;
import org.nadiya.links.LinkedIdentifier;
import org.nadiya.links.Links;
import org.nadiya.match.identifiers.IdentifierKind;
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.NewUser;
import org.nadiya.security.NotVisibleException;
import org.nadiya.security.Role;
import org.nadiya.security.UserAdministration;
import org.nadiya.testsupport.Eventually;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Statements kept as encrypted evidence, analyses run in the background, findings reviewed, exports, traces,
 * need-to-know and audit, on every database.
 */
abstract class FinanceContract {

    private static final AtomicLong ERDR = new AtomicLong(System.nanoTime() % 1_000_000_000L * 100 + 29);
    /** A valid Ukrainian IBAN (mod-97) for the collector of the fan-in. */
    static final String COLLECTOR = "UA223052990000026001234567890";
    static final String HOLDER = "Вербувальник Іван Тестовий";

    @Autowired
    FinancialAnalyses finance;

    @Autowired
    Proceedings proceedings;

    @Autowired
    UserAdministration users;

    @Autowired
    AuditLog audit;

    @Autowired
    Links links;

    @Autowired
    JdbcClient jdbc;

    CurrentUser prosecutor;
    CurrentUser investigator;
    CurrentUser outsider;
    long proceeding;

    @BeforeEach
    void team() {
        prosecutor = user(Role.PROSECUTOR, "PROSECUTOR", "UA-32");
        investigator = user(Role.INVESTIGATOR, "NPU", "UA-32");
        outsider = user(Role.INVESTIGATOR, "NPU", "UA-32");
        proceeding = proceedings.register(prosecutor, new ProceedingDraft(String.format("%017d", ERDR.incrementAndGet()),
                LocalDate.now(ZoneId.of("Europe/Kyiv")).minusDays(20), "UA-32", "Фінансовий тест: збирання коштів",
                List.of(new LegalQualification("149", 2)), false, false, Set.of(),
                Set.of(ExploitationForm.SEXUAL_EXPLOITATION), InvestigativeBody.NPU, null));
        proceedings.addMember(prosecutor, proceeding, investigator.username(), TeamRole.INVESTIGATOR);
    }

    /** Twelve payers send money to one collector within two days (fan-in), and the collector forwards most of it. */
    static String statement(String salt) {
        var csv = new StringBuilder("id,timestamp,from_account,to_account,amount,currency,from_name,to_name\n");
        Instant start = Instant.parse("2026-02-01T08:00:00Z");
        for (int i = 1; i <= 12; i++) {
            csv.append("P").append(i).append(salt).append(',').append(start.plusSeconds(3600L * i)).append(",PAYER")
                    .append(i).append(',').append(COLLECTOR).append(',').append(1000 + i).append(".50,UAH,Платник ")
                    .append(i).append(',').append(HOLDER).append('\n');
        }
        csv.append("X1").append(salt).append(',').append(start.plusSeconds(3600L * 20)).append(',').append(COLLECTOR)
                .append(",MULE1,11000.00,UAH,").append(HOLDER).append(",Мул Перший\n");
        csv.append("X2").append(salt).append(',').append(start.plusSeconds(3600L * 22)).append(",MULE1,ABROAD1,10900.00,UAH,")
                .append("Мул Перший,Offshore Ltd\n");
        return csv.toString();
    }

    FinancialAnalyses.Statement upload(CurrentUser user, String content, String name) {
        return finance.upload(user, proceeding, name, "text/csv",
                new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
                new FinancialAnalyses.UploadOptions(null, null, null, false));
    }

    FinancialAnalyses.AnalysisRun analysed(CurrentUser user, long id) {
        var run = Eventually.value(() -> finance.analysis(user, proceeding, id), r -> r.status() != Status.RUNNING);
        assertThat(run.status()).as(String.valueOf(run.error())).isEqualTo(Status.DONE);
        return run;
    }

    @Test
    void aStatementIsKeptAsEncryptedEvidenceWithItsShaAndOnlyOncePerProceeding() throws Exception {
        String csv = statement("a");
        var s = upload(prosecutor, csv, "bank/../виписка.csv");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(s.sha256()).isEqualTo(sha);
        assertThat(s.imported()).isEqualTo(14);
        assertThat(s.fileName()).doesNotContain("/");
        assertThat(s.format()).isEqualTo("canonical");

        String stored = jdbc.sql("select content_enc from finance_statement_chunk where statement_id = :id")
                .param("id", s.id()).query(String.class).single();
        assertThat(stored).startsWith("v1:").doesNotContain(HOLDER).doesNotContain(COLLECTOR);
        var file = finance.statementFile(investigator, proceeding, s.id());
        try (var in = file.content()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(csv);
        }

        assertThatThrownBy(() -> upload(investigator, csv, "again.csv"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.problems().get(0).text(java.util.Locale.ENGLISH)).contains(sha);
                });
        assertThat(finance.statements(prosecutor, proceeding)).hasSize(1);
        assertThat(audit.count(new AuditQuery(prosecutor.username(), "FINANCE_STATEMENT_UPLOADED", "proceeding",
                String.valueOf(proceeding), null, null, null, 0, 10))).isEqualTo(1);
        assertThat(audit.count(new AuditQuery(investigator.username(), "FINANCE_STATEMENT_READ", "proceeding",
                String.valueOf(proceeding), null, null, null, 0, 10))).isEqualTo(1);
    }

    /** Issue 15, point 10: a zip bomb is refused in the user's language, without the reading library's text. */
    @Test
    void aSpreadsheetZipBombIsRefusedWithoutTheLibrarysText() throws Exception {
        var zip = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.ZipOutputStream(zip)) {
            entry(out, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-"
                    + "package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override "
                    + "PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml."
                    + "sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd."
                    + "openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            entry(out, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(out, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships\"><sheets><sheet name=\"s\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(out, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                    + "openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>");
            entry(out, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas."
                    + "openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + " ".repeat(20_000_000)
                    + "</sheetData></worksheet>");
        }
        assertThatThrownBy(() -> finance.upload(prosecutor, proceeding, "bomb.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                new ByteArrayInputStream(zip.toByteArray()), new FinancialAnalyses.UploadOptions(null, null, null, false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.key()).isEqualTo("error.finance.zipBomb");
                });
        assertThat(finance.statements(prosecutor, proceeding)).isEmpty();
    }

    private static void entry(java.util.zip.ZipOutputStream out, String name, String text) throws java.io.IOException {
        out.putNextEntry(new java.util.zip.ZipEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    @Test
    void badStatementsAreRefusedNamingTheRowAndNothingIsStored() {
        String bad = "id,timestamp,from_account,to_account,amount,currency\nT1,2026-01-01T00:00:00Z,A,B,12.00,UAH\n"
                + "T2,yesterday,A,B,1.00,UAH\n";
        assertThatThrownBy(() -> upload(prosecutor, bad, "bad.csv"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    // The engine's code in the reader's language, with the file, row and column.
                    assertThat(e.key()).isEqualTo("error.flow.at.cell");
                    assertThat(e.problems().get(0).text(java.util.Locale.forLanguageTag("uk"))).isEqualTo(
                            "bad.csv, рядок 3, колонка «timestamp»: «yesterday» — не дата у форматі ISO 8601");
                    assertThat(e.problems().get(0).text(java.util.Locale.ENGLISH)).isEqualTo(
                            "bad.csv, row 3, column ‘timestamp’: ‘yesterday’ is not a date of pattern ISO 8601");
                });
        assertThatThrownBy(() -> upload(prosecutor, "", "empty.csv"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).text(java.util.Locale.ENGLISH)).contains("empty"));
        assertThatThrownBy(() -> upload(prosecutor, "hello,world\n1,2\n", "notes.csv"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(finance.statements(prosecutor, proceeding)).isEmpty();

        var skipped = finance.upload(prosecutor, proceeding, "skip.csv", "text/csv",
                new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)),
                new FinancialAnalyses.UploadOptions(null, null, null, true));
        assertThat(skipped.imported()).isEqualTo(1);
        assertThat(skipped.skipped()).isEqualTo(1);
        assertThatThrownBy(() -> finance.start(prosecutor, proceeding, List.of(skipped.id() + 1000), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("statementIds"));
        assertThatThrownBy(() -> finance.start(prosecutor, proceeding, List.of(), "fan-in: {windowHourz: 3}"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("rules");
                    assertThat(e.problems().get(0).text(java.util.Locale.ENGLISH)).contains("windowHourz");
                });
    }

    @Test
    void anAnalysisFindsTheFanInKeepsNamesEncryptedAndTheReviewIsAudited() {
        upload(prosecutor, statement("b"), "statement.csv");
        long id = finance.start(investigator, proceeding, List.of(), null);
        var run = analysed(prosecutor, id);
        assertThat(run.transactions()).isEqualTo(14);
        assertThat(run.findings()).isPositive();

        var findings = finance.findings(prosecutor, proceeding, id, FindingFilter.ALL);
        var fanIn = findings.stream().filter(f -> f.typologies().contains("fan-in")).findFirst().orElseThrow();
        assertThat(fanIn.accounts()).contains(COLLECTOR);
        assertThat(fanIn.review()).isEqualTo(Review.OPEN);
        assertThat(findings).isSortedAccordingTo((x, y) -> y.score().compareTo(x.score()));
        assertThat(finance.findings(prosecutor, proceeding, id, new FindingFilter("cycle", null, null, null, false)))
                .allMatch(f -> f.typologies().contains("cycle")).doesNotContain(fanIn);
        assertThat(finance.findings(prosecutor, proceeding, id, new FindingFilter(null, fanIn.score(), null, "id", true)))
                .contains(fanIn).allMatch(f -> f.score().compareTo(fanIn.score()) >= 0);
        assertThatThrownBy(() -> finance.findings(prosecutor, proceeding, id, new FindingFilter(null,
                new BigDecimal("1.5"), null, null, false))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("minScore"));
        assertThatThrownBy(() -> finance.findings(prosecutor, proceeding, id, new FindingFilter("magic", null, null,
                null, false))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("typology"));

        var detail = finance.finding(investigator, proceeding, id, fanIn.id());
        assertThat(detail.names()).containsEntry(COLLECTOR, HOLDER);
        assertThat(detail.alerts()).anySatisfy(a -> {
            assertThat(a.typology()).isEqualTo("fan-in");
            assertThat(a.explanationEn()).contains(COLLECTOR);
            assertThat(a.explanationUk()).isNotEqualTo(a.explanationEn());
            assertThat(a.parameters()).containsKey("windowHours");
        });
        var atRest = jdbc.sql("select n.name_enc from finance_account_name n where n.analysis_id = :a"
                + " union all select explanations_enc from finance_alert where analysis_id = :a")
                .param("a", id).query(String.class).list();
        assertThat(atRest).isNotEmpty().allMatch(v -> v.startsWith("v1:") && !v.contains(HOLDER) && !v.contains("Платник"));

        assertThatThrownBy(() -> finance.review(prosecutor, proceeding, id, fanIn.id(), Review.DISMISSED, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("note"));
        var confirmed = finance.review(prosecutor, proceeding, id, fanIn.id(), Review.CONFIRMED, "Збір «плати» з потерпілих");
        assertThat(confirmed.review()).isEqualTo(Review.CONFIRMED);
        assertThat(confirmed.reviewedBy()).isEqualTo(prosecutor.username());
        assertThat(finance.findings(investigator, proceeding, id, new FindingFilter(null, null, Review.CONFIRMED, null,
                false))).extracting(FinancialAnalyses.Finding::id).containsExactly(fanIn.id());

        String csv = finance.exportCsv(prosecutor, proceeding, id, FindingFilter.ALL);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("finding,typologies,score,review,note");
        assertThat(csv).contains(fanIn.id() + ",").contains("confirmed").contains(COLLECTOR).doesNotContain(HOLDER);

        for (String action : List.of("FINANCE_ANALYSIS_STARTED", "FINANCE_ANALYSIS_FINISHED", "FINANCE_FINDINGS_READ",
                "FINANCE_FINDING_READ", "FINANCE_FINDING_REVIEWED", "FINANCE_FINDINGS_EXPORTED")) {
            var entries = audit.find(new AuditQuery(null, action, "proceeding", String.valueOf(proceeding), null,
                    null, null, 0, 50));
            assertThat(entries).as(action).isNotEmpty();
            assertThat(entries).as(action + " without personal data").allSatisfy(e -> assertThat(String.valueOf(e.details()))
                    .doesNotContain(HOLDER).doesNotContain(COLLECTOR).doesNotContain("Збір"));
        }
    }

    @Test
    void statementAccountsBecomeIdentifiersForCrossCaseMatching() {
        upload(prosecutor, statement("c"), "statement.csv");
        analysed(prosecutor, finance.start(prosecutor, proceeding, List.of(), null));
        var identifiers = Eventually.value(() -> links.identifiers(prosecutor, proceeding),
                l -> l.stream().anyMatch(i -> i.kind() == IdentifierKind.IBAN));
        assertThat(identifiers).filteredOn(i -> i.kind() == IdentifierKind.IBAN)
                .extracting(LinkedIdentifier::display).contains(COLLECTOR);
        assertThat(identifiers).extracting(LinkedIdentifier::source).containsOnly(org.nadiya.links.IdentifierSource.STATEMENT);
    }

    @Test
    void aTraceFollowsTheMoneyAndTheGraphShowsTheFinding() {
        upload(prosecutor, statement("d"), "statement.csv");
        long id = finance.start(prosecutor, proceeding, List.of(), null);
        analysed(prosecutor, id);
        var view = finance.trace(investigator, proceeding, id, new FinancialAnalyses.TraceQuery(COLLECTOR, "forward", 3,
                null, null, "fifo"));
        assertThat(view.trace().flows()).extracting(f -> f.id()).containsExactly("X1d", "X2d");
        assertThat(view.trace().terminals()).extracting(t -> t.account()).contains("ABROAD1");
        assertThat(view.trace().traced()).isEqualByComparingTo("11000.00");
        assertThat(view.graph().nodes()).extracting(FinancialAnalyses.Node::id).contains(COLLECTOR, "MULE1", "ABROAD1");
        assertThatThrownBy(() -> finance.trace(investigator, proceeding, id, new FinancialAnalyses.TraceQuery("NOPE",
                null, null, null, null, null))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("account"));
        assertThatThrownBy(() -> finance.trace(investigator, proceeding, id, new FinancialAnalyses.TraceQuery(COLLECTOR,
                "sideways", null, null, null, null))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("direction"));

        var fanIn = finance.findings(prosecutor, proceeding, id, new FindingFilter("fan-in", null, null, null, false)).get(0);
        var graph = finance.findingGraph(prosecutor, proceeding, id, fanIn.id());
        assertThat(graph.edges()).hasSizeGreaterThanOrEqualTo(10).allMatch(e -> e.amount().signum() > 0 && e.time() > 0);
        var collector = graph.nodes().stream().filter(n -> n.id().equals(COLLECTOR)).findFirst().orElseThrow();
        assertThat(collector.name()).isEqualTo(HOLDER);
        assertThat(collector.volume()).isEqualByComparingTo(graph.edges().stream()
                .filter(e -> e.target().equals(COLLECTOR) || e.source().equals(COLLECTOR))
                .map(FinancialAnalyses.Edge::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void outsidersPartnersAndResearchersSeeNothingAndTheAttemptIsAudited() {
        var s = upload(prosecutor, statement("e"), "statement.csv");
        long id = finance.start(prosecutor, proceeding, List.of(), null);
        analysed(prosecutor, id);
        var partner = user(Role.PARTNER, "PROSECUTOR", "UA-32");
        var researcher = user(Role.RESEARCHER, "RESEARCH", "UA");
        for (var stranger : List.of(outsider, partner, researcher)) {
            assertThatThrownBy(() -> finance.statements(stranger, proceeding)).isInstanceOf(NotVisibleException.class);
            assertThatThrownBy(() -> finance.statementFile(stranger, proceeding, s.id())).isInstanceOf(NotVisibleException.class);
            assertThatThrownBy(() -> finance.findings(stranger, proceeding, id, FindingFilter.ALL))
                    .isInstanceOf(NotVisibleException.class);
            assertThatThrownBy(() -> finance.upload(stranger, proceeding, "x.csv", "text/csv",
                    new ByteArrayInputStream(statement("f").getBytes(StandardCharsets.UTF_8)), null))
                    .isInstanceOf(NotVisibleException.class);
            assertThatThrownBy(() -> finance.start(stranger, proceeding, List.of(), null))
                    .isInstanceOf(NotVisibleException.class);
            assertThat(audit.count(new AuditQuery(stranger.username(), "READ_REFUSED", "proceeding",
                    String.valueOf(proceeding), null, null, null, 0, 50))).as(stranger.roles().toString()).isEqualTo(5);
        }
        var supervisor = user(Role.PROSECUTOR, "PROSECUTOR", "UA-32", true);
        assertThat(finance.statements(supervisor, proceeding)).hasSize(1);
        assertThatThrownBy(() -> finance.finding(prosecutor, proceeding, id, "F999999")).isInstanceOf(NotVisibleException.class);
        assertThatThrownBy(() -> finance.analysis(prosecutor, proceeding, id + 100000)).isInstanceOf(NotVisibleException.class);
    }

    /** The test context stores statements in chunks of 16 KB (NadiyaTest / NadiyaPostgresTest). */
    static final int CHUNK = 16 * 1024;

    /** A statement of several chunks: the fan-in of {@link #statement} and many ordinary payments with names. */
    static String large(String salt, int rows) {
        var csv = new StringBuilder(statement(salt));
        Instant start = Instant.parse("2026-03-01T08:00:00Z");
        for (int i = 0; i < rows; i++) {
            csv.append("L").append(i).append(salt).append(',').append(start.plusSeconds(600L * i)).append(",ACC")
                    .append(i % 97).append(",SHOP").append(i % 13).append(',').append(10 + i % 900).append('.')
                    .append(String.format("%02d", i % 100)).append(",UAH,").append(HOLDER).append(",Крамниця ")
                    .append(i % 13).append('\n');
        }
        return csv.toString();
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void aStatementOfManyChunksRoundTripsByteIdenticalEncryptedChunkByChunk() throws Exception {
        String csv = large("g", 1500);
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isGreaterThan(6 * CHUNK);
        var s = upload(prosecutor, csv, "велика-виписка.csv");
        assertThat(s.sha256()).isEqualTo(sha256(bytes));
        assertThat(s.sizeBytes()).isEqualTo(bytes.length);
        assertThat(s.imported()).isEqualTo(1514);

        var chunks = jdbc.sql("select chunk_no, size_bytes, content_enc from finance_statement_chunk"
                + " where statement_id = :id order by chunk_no").param("id", s.id())
                .query((rs, n) -> new Object[] {rs.getInt(1), rs.getInt(2), rs.getString(3)}).list();
        assertThat(chunks).hasSize((bytes.length + CHUNK - 1) / CHUNK);
        for (int i = 0; i < chunks.size(); i++) {
            assertThat(chunks.get(i)[0]).isEqualTo(i);
            assertThat((int) chunks.get(i)[1]).isEqualTo(i < chunks.size() - 1 ? CHUNK : bytes.length - i * CHUNK);
            assertThat((String) chunks.get(i)[2]).startsWith("v1:").doesNotContain(HOLDER).doesNotContain(COLLECTOR);
        }
        assertThat(jdbc.sql("select count(*) from finance_statement where id = :id and content_enc is null")
                .param("id", s.id()).query(Long.class).single()).isEqualTo(1);

        var file = finance.statementFile(investigator, proceeding, s.id());
        assertThat(file.sizeBytes()).isEqualTo(bytes.length);
        assertThat(file.sha256()).isEqualTo(sha256(bytes));
        try (var in = file.content()) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        // The engine reads the statement back through the chunks too.
        var run = analysed(prosecutor, finance.start(prosecutor, proceeding, List.of(s.id()), null));
        assertThat(run.transactions()).isEqualTo(1514);
    }

    @Test
    void chunksSwappedOrMissingInTheDatabaseMakeTheReadFail() throws Exception {
        var s = upload(prosecutor, large("h", 600), "swap.csv");
        var first = finance.statementFile(prosecutor, proceeding, s.id());
        try (var in = first.content()) {
            in.readAllBytes();
        }
        String c0 = chunk(s.id(), 0);
        String c1 = chunk(s.id(), 1);
        setChunk(s.id(), 0, c1);
        setChunk(s.id(), 1, c0);
        assertThatThrownBy(() -> {
            try (var in = finance.statementFile(prosecutor, proceeding, s.id()).content()) {
                in.readAllBytes();
            }
        }).hasMessageContaining("integrity");
        long started = finance.start(prosecutor, proceeding, List.of(s.id()), null);
        var failed = Eventually.value(() -> finance.analysis(prosecutor, proceeding, started),
                r -> r.status() != Status.RUNNING);
        assertThat(failed.status()).isEqualTo(Status.FAILED);

        setChunk(s.id(), 0, c0);
        setChunk(s.id(), 1, c1);
        int last = jdbc.sql("select max(chunk_no) from finance_statement_chunk where statement_id = :s")
                .param("s", s.id()).query(Integer.class).single();
        jdbc.sql("delete from finance_statement_chunk where statement_id = :s and chunk_no = :n").param("s", s.id())
                .param("n", last).update();
        assertThatThrownBy(() -> {
            try (var in = finance.statementFile(prosecutor, proceeding, s.id()).content()) {
                in.readAllBytes();
            }
        }).isInstanceOf(java.io.IOException.class).hasMessageContaining("missing");
    }

    private String chunk(long statement, int n) {
        return jdbc.sql("select content_enc from finance_statement_chunk where statement_id = :s and chunk_no = :n")
                .param("s", statement).param("n", n).query(String.class).single();
    }

    private void setChunk(long statement, int n, String value) {
        jdbc.sql("update finance_statement_chunk set content_enc = :v where statement_id = :s and chunk_no = :n")
                .param("v", value).param("s", statement).param("n", n).update();
    }

    /** An endless statement-like stream: the refusal must come from counting, not from holding the bytes. */
    static java.io.InputStream endless() {
        byte[] row = "T1,2026-01-01T00:00:00Z,A,B,12.00,UAH\n".getBytes(StandardCharsets.UTF_8);
        return new java.io.InputStream() {
            long position;

            @Override
            public int read() {
                return row[(int) (position++ % row.length)];
            }
        };
    }

    @Test
    void statementsOverTheConfiguredLimitsAreRefusedClearlyAndNothingIsStored() {
        // The test context's limits: 2 MB per statement, 256 KB per spreadsheet.
        assertThatThrownBy(() -> finance.upload(prosecutor, proceeding, "huge.csv", "text/csv", endless(),
                new FinancialAnalyses.UploadOptions(null, null, null, false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.problems().get(0).text(java.util.Locale.ENGLISH)).contains("larger than 2 MB").contains("nadiya.finance.max-statement-size");
                });
        assertThatThrownBy(() -> finance.upload(prosecutor, proceeding, "huge.xlsx", null, endless(),
                new FinancialAnalyses.UploadOptions(null, null, null, false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.problems().get(0).text(java.util.Locale.ENGLISH)).contains("huge.xlsx").contains("larger than 256 KB")
                            .contains("spreadsheets").contains("CSV");
                });
        assertThat(finance.statements(prosecutor, proceeding)).isEmpty();
    }

    @Autowired
    org.nadiya.security.FieldKeys keys;

    @Autowired
    org.nadiya.security.FieldEncryption encryption;

    @Test
    void keyRotationReencryptsTheChunksAndStatementsStoredBeforeChunksStayReadable() throws Exception {
        String csv = large("k", 400);
        var s = upload(prosecutor, csv, "rotate.csv");
        // A statement as V24 stored it: one encrypted value, no chunks.
        String old = statement("l");
        String fileKey = java.util.UUID.randomUUID().toString();
        jdbc.sql("""
                insert into finance_statement (file_key, proceeding_id, file_name, media_type, size_bytes, sha256, detected,
                    on_error, imported, skipped, content_enc, uploaded_by, uploaded_at)
                values (:key, :p, 'old.csv', 'text/csv', :size, :sha, 'canonical', 'FAIL', 14, 0, :content, :by, :at)
                """).param("key", fileKey).param("p", proceeding).param("size", old.length())
                .param("sha", sha256(old.getBytes(StandardCharsets.UTF_8)))
                .param("content", encryption.encrypt(java.util.Base64.getEncoder().encodeToString(
                        old.getBytes(StandardCharsets.UTF_8)), "finance_statement.content_enc:" + fileKey))
                .param("by", prosecutor.username()).param("at", java.time.OffsetDateTime.now()).update();
        long oldId = jdbc.sql("select id from finance_statement where file_key = :k").param("k", fileKey)
                .query(Long.class).single();

        var rotation = keys.rotate();
        var chunks = jdbc.sql("select content_enc from finance_statement_chunk where statement_id = :s")
                .param("s", s.id()).query(String.class).list();
        assertThat(chunks).hasSizeGreaterThan(1).allMatch(c -> c.startsWith("v1:" + rotation.newKeyId() + ":"));
        assertThat(jdbc.sql("select content_enc from finance_statement where id = :id").param("id", oldId)
                .query(String.class).single()).startsWith("v1:" + rotation.newKeyId() + ":");
        try (var in = finance.statementFile(prosecutor, proceeding, s.id()).content()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(csv);
        }
        try (var in = finance.statementFile(prosecutor, proceeding, oldId).content()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(old);
        }
        var run = analysed(prosecutor, finance.start(prosecutor, proceeding, List.of(s.id(), oldId), null));
        assertThat(run.transactions()).isEqualTo(414 + 14);
    }

    @Test
    void theRankingLearnedFromOneAnalysisVerdictsOrdersTheFindingsOfTheNext() throws Exception {
        var analyst = user(Role.ANALYST, "NPU", "UA-32");
        proceedings.addMember(prosecutor, proceeding, analyst.username(), TeamRole.ANALYST);
        var outsiderAnalyst = user(Role.ANALYST, "NPU", "UA-32");
        var generated = new java.io.StringWriter();
        org.nadiya.flow.FlowEngine.generate(600, 4_000, 17, true, generated);
        upload(prosecutor, generated.toString(), "generated.csv");
        long first = finance.start(prosecutor, proceeding, List.of(), null);
        analysed(prosecutor, first);
        try {
            assertThatThrownBy(() -> finance.learn(analyst, proceeding, first))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.key()).isEqualTo("error.finance.learn.verdicts"));
            var findings = finance.findings(analyst, proceeding, first, FindingFilter.ALL);
            assertThat(findings.size()).isGreaterThan(6);
            assertThat(findings).allSatisfy(f -> assertThat(f.modelScore()).isNull());
            for (int i = 0; i < findings.size(); i++) {
                var f = findings.get(i);
                if (i % 2 == 0) {
                    finance.review(analyst, proceeding, first, f.id(), Review.CONFIRMED, null);
                } else {
                    finance.review(analyst, proceeding, first, f.id(), Review.DISMISSED, "звичайні перекази");
                }
            }
            assertThatThrownBy(() -> finance.learn(prosecutor, proceeding, first))
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
            assertThatThrownBy(() -> finance.learn(outsiderAnalyst, proceeding, first))
                    .isInstanceOf(NotVisibleException.class);
            var model = finance.learn(analyst, proceeding, first);
            assertThat(model.confirmed()).isPositive();
            assertThat(model.dismissed()).isPositive();
            assertThat(finance.rankingModel(prosecutor)).contains(model);
            assertThat(audit.count(new AuditQuery(analyst.username(), "FINANCE_MODEL_TRAINED", "proceeding",
                    String.valueOf(proceeding), null, null, null, 0, 10))).isEqualTo(1);

            long second = finance.start(prosecutor, proceeding, List.of(), null);
            assertThat(analysed(prosecutor, second).modelId()).isEqualTo(model.id());
            var ranked = finance.findings(prosecutor, proceeding, second, FindingFilter.ALL);
            assertThat(ranked).allSatisfy(f -> assertThat(f.modelScore()).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
            assertThat(ranked).extracting(FinancialAnalyses.Finding::modelScore)
                    .isSortedAccordingTo(java.util.Comparator.reverseOrder());
            var byRules = finance.findings(prosecutor, proceeding, second, new FindingFilter(null, null, null, "score",
                    false));
            assertThat(byRules).extracting(FinancialAnalyses.Finding::score)
                    .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        } finally {
            // The model ranks every later analysis of the installation: other tests expect the rules' order.
            jdbc.sql("update finance_analysis set model_id = null").update();
            jdbc.sql("delete from finance_ranking_model").update();
        }
    }

    CurrentUser user(Role role, String agency, String region) {
        return user(role, agency, region, false);
    }

    CurrentUser user(Role role, String agency, String region, boolean supervises) {
        String name = "f" + System.nanoTime() % 10_000_000_000L;
        users.create(new NewUser(name, "Тест " + role + " " + name, null, Set.of(role), agency, region, supervises));
        var u = users.find(name).orElseThrow();
        return new CurrentUser(u.id(), u.username(), u.displayName(), u.roles(), u.agencyCode(), u.regionCode(), supervises);
    }
}
