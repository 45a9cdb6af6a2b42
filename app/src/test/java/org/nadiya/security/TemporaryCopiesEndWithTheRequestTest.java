package org.nadiya.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nadiya.finance.FinancialAnalyses;
import org.nadiya.testsupport.DemoWebTest;
import org.nadiya.testsupport.Eventually;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15, round 2: the clear temporary copies an upload makes (the servlet container's part above 1 MB, the
 * statement copy the check reads) are gone when the request ends, whether it succeeds or the client breaks it off
 * half-way, not only at the next start; so are the copies an analysis decrypts for the engine once it ends, and an
 * export makes none. Through the real server on its port, so the container's own multipart
 * handling is what is tested.
 */
class TemporaryCopiesEndWithTheRequestTest extends DemoWebTest {

    @LocalServerPort
    int port;

    @Autowired
    TemporaryFiles temporary;

    @Autowired
    UserAdministration users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FinancialAnalyses finance;

    /** Regular files in this process' temporary directory (its lock file aside). */
    private List<Path> copies() {
        Path run = temporary.multipartDirectory().getParent();
        try (var files = Files.walk(run)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(".lock")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] statement(int rows) {
        var csv = new StringBuilder("id,timestamp,from_account,to_account,amount,currency,from_name,to_name\n");
        var start = Instant.parse("2026-01-05T08:00:00Z");
        String salt = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < rows; i++) {
            csv.append("T").append(i).append(salt).append(',').append(start.plusSeconds(60L * i))
                    .append(",UA213223130000026007233566001,UA903052992990004149123456789,")
                    .append(100 + i % 900).append(".00,UAH,Олена Коваль,Іван Петренко\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private record Upload(byte[] head, byte[] body, byte[] tail) {
    }

    private Upload upload(long proceeding, String token, byte[] file) {
        String boundary = "----nadiya" + UUID.randomUUID();
        byte[] before = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"statement.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] after = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[before.length + file.length + after.length];
        System.arraycopy(before, 0, body, 0, before.length);
        System.arraycopy(file, 0, body, before.length, file.length);
        System.arraycopy(after, 0, body, before.length + file.length, after.length);
        String head = "POST /api/v1/proceedings/" + proceeding + "/finance/statements HTTP/1.1\r\nHost: localhost:" + port
                + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
        return new Upload(head.getBytes(StandardCharsets.US_ASCII), body, after);
    }

    @Test
    void anUploadLeavesNoClearCopyOnDiskWhenItEndsOrIsBrokenOff() throws Exception {
        long proceeding = jdbc.sql("select min(proceeding_id) from finance_analysis where started_by = 'prosecutor'")
                .query(Long.class).single();
        var prosecutor = users.find("prosecutor").orElseThrow();
        String token = users.issueToken(prosecutor.id(), "temporary copies test", 1).secret();
        var user = new CurrentUser(prosecutor.id(), prosecutor.username(), prosecutor.displayName(), prosecutor.roles(),
                prosecutor.agencyCode(), prosecutor.regionCode(), prosecutor.supervisor());
        byte[] file = statement(12_000);
        assertThat(file.length).as("above the 1 MB the container keeps in memory").isBetween(1_300_000, 2_000_000);
        assertThat(copies()).as("no copy before the test").isEmpty();

        // Broken off half-way: the container has written the part's first megabyte to disk, then the client is gone.
        var broken = upload(proceeding, token, file);
        try (var socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(broken.head());
            out.write(broken.body(), 0, 1_250_000);
            out.flush();
            var during = Eventually.value(this::copies, c -> !c.isEmpty());
            assertThat(during).as("the part is on disk while the upload runs").isNotEmpty();
            socket.setSoLinger(true, 0);
        }
        assertThat(Eventually.value(this::copies, List::isEmpty)).as("copies after a broken-off upload").isEmpty();

        // Completed: stored (encrypted in the database), and the copies are gone by the time the answer is read.
        var whole = upload(proceeding, token, file);
        String answer;
        try (var socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(whole.head());
            out.write(whole.body());
            out.flush();
            InputStream in = socket.getInputStream();
            answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Long analysis = null;
        try {
            assertThat(answer).startsWith("HTTP/1.1 201");
            assertThat(copies()).as("copies once the answer was read").isEmpty();

            // An analysis decrypts the statement into a private directory for the engine, and removes it when done.
            var m = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(answer);
            assertThat(m.find()).isTrue();
            analysis = finance.start(user, proceeding, List.of(Long.parseLong(m.group(1))), null);
            long started = analysis;
            var run = Eventually.value(() -> finance.analysis(user, proceeding, started),
                    r -> r.status() != FinancialAnalyses.Status.RUNNING);
            assertThat(run.status()).isEqualTo(FinancialAnalyses.Status.DONE);
            assertThat(copies()).as("copies once the analysis ended").isEmpty();
            var export = new java.net.URL("http://127.0.0.1:" + port + "/api/v1/proceedings/" + proceeding
                    + "/finance/analyses/" + started + "/findings.csv").openConnection();
            export.setRequestProperty("Authorization", "Bearer " + token);
            try (var in = export.getInputStream()) {
                in.readAllBytes();
            }
            assertThat(copies()).as("copies once the export was read").isEmpty();
        } finally {
            if (analysis != null) {
                for (String table : List.of("finance_alert", "finance_finding", "finance_account_name")) {
                    jdbc.sql("delete from " + table + " where analysis_id = :a").param("a", analysis).update();
                }
                jdbc.sql("delete from finance_analysis where id = :a").param("a", analysis).update();
            }
            String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(file));
            jdbc.sql("delete from finance_statement_chunk where statement_id in (select id from finance_statement"
                    + " where proceeding_id = :p and sha256 = :h)").param("p", proceeding).param("h", sha).update();
            jdbc.sql("delete from finance_statement where proceeding_id = :p and sha256 = :h").param("p", proceeding)
                    .param("h", sha).update();
        }
    }
}
