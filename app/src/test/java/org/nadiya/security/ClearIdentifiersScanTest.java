package org.nadiya.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.nadiya.testsupport.DemoWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15, point 8: after the demo loads (persons with identities, statements analysed, ads attached, their events
 * delivered), no phone, IBAN, card number, e-mail or protected name is in clear anywhere in the database outside the
 * encrypted columns and keyed hashes. Every table and every text column is read. Two kinds of finding: a value that
 * is stored encrypted somewhere (decrypted here from every declared {@link EncryptedColumn}) appearing in clear in
 * another place, and anything shaped like a phone, IBAN, card or e-mail address.
 */
class ClearIdentifiersScanTest extends DemoWebTest {

    /**
     * Columns that hold contact data of organisations and staff, not of protected persons, each with the reason.
     * Everything else is scanned.
     */
    private static final Map<String, String> NOT_PERSONAL = Map.of(
            "partner.phone", "a partner organisation's public contact",
            "partner.email", "a partner organisation's public contact",
            "partner.website", "a partner organisation's public address",
            "deciding_body.phone", "a public authority's contact",
            "deciding_body.email", "a public authority's contact",
            "flyway_schema_history.script", "migration file names");

    private static final Pattern IBAN = Pattern.compile("\\b[A-Z]{2}\\d{2}[A-Z0-9]{11,30}\\b");
    /** Card numbers start with 2 to 6 (ISO/IEC 7812 major industry identifiers in use); ERDR numbers start with 0. */
    private static final Pattern CARD = Pattern.compile("(?<![\\w.])[2-6]\\d{12,18}(?![\\w.])");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w.])\\+\\d[\\d ()-]{7,}\\d");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)*\\.[a-z]{2,}");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<EncryptedColumn> encryptedColumns;

    @Autowired
    FieldEncryption encryption;

    @Test
    void nothingProtectedIsStoredInClearOutsideEncryptedColumnsAndKeyedHashes() {
        Set<String> encrypted = new HashSet<>();
        Set<String> secrets = new HashSet<>();
        for (EncryptedColumn c : encryptedColumns) {
            encrypted.add(c.table() + "." + c.column());
            if (!c.column().matches(".*(name|phone|email|contact|address|document|birth|iban|card|account).*")) {
                continue; // free text (notes, reasons) shares ordinary words with clear text; its identifiers are the patterns'
            }
            jdbc.sql("select " + c.keyColumn() + " k, " + c.column() + " v from " + c.table() + " where " + c.column()
                    + " is not null").query((rs, n) -> {
                        String clear = encryption.decrypt(rs.getString("v"), c.context(rs.getObject("k")));
                        for (String line : clear.split("[\\n\\u001e\\u001f]")) {
                            if (line.strip().length() >= 8 && !line.strip().matches("[\\d.,: -]+")) {
                                secrets.add(line.strip().toLowerCase(Locale.ROOT));
                            }
                        }
                        return null;
                    }).list();
        }
        assertThat(secrets).as("the demo holds encrypted identities to look for").hasSizeGreaterThan(20);

        List<String> findings = new ArrayList<>();
        var columns = jdbc.sql("""
                select table_name t, column_name c from information_schema.columns
                where table_schema = 'PUBLIC' and data_type in ('CHARACTER VARYING', 'CHARACTER LARGE OBJECT',
                    'CHARACTER', 'VARCHAR', 'CLOB')""").query((rs, n) -> rs.getString("t") + "." + rs.getString("c"))
                .list();
        assertThat(columns).map(c -> c.toLowerCase(Locale.ROOT))
                .contains("event_publication.serialized_event", "audit_entry.details");
        int values = 0;
        for (String column : columns) {
            String name = column.toLowerCase(Locale.ROOT);
            if (encrypted.contains(name) || NOT_PERSONAL.containsKey(name)) {
                continue;
            }
            String[] parts = column.split("\\.");
            for (String value : jdbc.sql("select \"" + parts[1] + "\" from \"" + parts[0] + "\" where \"" + parts[1]
                    + "\" is not null").query(String.class).list()) {
                values++;
                if (value.startsWith("v1:")) {
                    continue; // a ciphertext (FieldEncryption) in a column declared elsewhere
                }
                String lower = value.toLowerCase(Locale.ROOT);
                for (var pattern : List.of(IBAN, CARD, PHONE, EMAIL)) {
                    var m = pattern.matcher(value);
                    if (m.find() && !(pattern == CARD && !luhn(m.group()))) {
                        findings.add(name + ": " + m.group());
                    }
                }
                for (String secret : secrets) {
                    if (lower.contains(secret)) {
                        findings.add(name + ": an encrypted value in clear (" + secret.length() + " characters)");
                    }
                }
            }
        }
        assertThat(values).as("text values read").isGreaterThan(1000);
        assertThat(findings).as("clear identifiers outside encrypted columns").isEmpty();
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
