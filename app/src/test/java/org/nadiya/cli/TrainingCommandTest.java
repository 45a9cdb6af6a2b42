package org.nadiya.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Bad input to the training commands exits 2 with a one-line reason, before any database is opened. */
class TrainingCommandTest {

    private static String[] run(String... args) {
        var err = new ByteArrayOutputStream();
        var original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = NadiyaCommand.run(args);
        } finally {
            System.setErr(original);
        }
        return new String[] {Integer.toString(code), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void aBadDateNamesTheOption() {
        var result = run("training", "report", "--from", "2025-02-30", "--to", "2025-12-31");
        assertThat(result[0]).isEqualTo("2");
        assertThat(result[1]).contains("from").contains("YYYY-MM-DD");
    }

    @Test
    void aMissingFileIsNamed() {
        var result = run("training", "import", "1", "/no/such/participants.csv");
        assertThat(result[0]).isEqualTo("2");
        assertThat(result[1]).contains("no such file");
    }

    @Test
    void theHelpNamesBothSubcommands() {
        assertThat(NadiyaCommand.run("training", "--help")).isZero();
    }
}
