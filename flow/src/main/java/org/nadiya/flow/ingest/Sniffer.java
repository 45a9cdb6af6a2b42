package org.nadiya.flow.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Guesses a text file's encoding (UTF-8 or windows-1251) and delimiter from its first 64 KiB. */
final class Sniffer {

    static final Charset CP1251 = Charset.forName("windows-1251");
    private static final char[] DELIMITERS = {';', ',', '\t', '|'};

    private Sniffer() {
    }

    static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(1 << 16);
        }
    }

    static Charset encoding(byte[] head) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int length = head.length;
        // A multi-byte character cut by the 64 KiB boundary is not an error.
        while (length > 0 && length > head.length - 4 && (head[length - 1] & 0xC0) == 0x80) {
            length--;
        }
        if (length > 0 && length < head.length && (head[length - 1] & 0xC0) == 0xC0) {
            length--;
        }
        try {
            decoder.decode(ByteBuffer.wrap(head, 0, length));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return CP1251;
        }
    }

    /** The candidate delimiter seen most often outside quotes on the busiest of the first lines. */
    static char delimiter(String text) {
        char best = ',';
        int bestCount = 0;
        String[] lines = text.split("\r?\n", 12);
        for (char d : DELIMITERS) {
            for (int i = 0; i < Math.min(lines.length, 11); i++) {
                int count = 0;
                boolean quoted = false;
                for (char c : lines[i].toCharArray()) {
                    if (c == '"') {
                        quoted = !quoted;
                    } else if (c == d && !quoted) {
                        count++;
                    }
                }
                if (count > bestCount) {
                    bestCount = count;
                    best = d;
                }
            }
        }
        return best;
    }
}
