package org.nadiya.finance.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

import org.nadiya.security.FieldEncryption;
import org.springframework.stereotype.Component;

/**
 * A statement's bytes as a sequence of encrypted chunks ({@code finance_statement_chunk}, V25): written from a file
 * and read back as a stream, one chunk in memory at a time. Chunk {@code n} of the statement with file key
 * {@code k} is encrypted in the place {@code k/n} ({@link FinanceColumns#CHUNK}); the reader decrypts each chunk
 * in the place it expects, so a chunk swapped, moved or reordered fails, and it checks the length and the SHA-256
 * at the end, so a missing last chunk fails too.
 */
@Component
class StatementChunks {

    private final FinanceStore store;
    private final FieldEncryption encryption;

    StatementChunks(FinanceStore store, FieldEncryption encryption) {
        this.store = store;
        this.encryption = encryption;
    }

    static String place(String fileKey, int chunkNo) {
        return fileKey + "/" + chunkNo;
    }

    static int count(long size, int chunkBytes) {
        return (int) ((size + chunkBytes - 1) / chunkBytes);
    }

    /** Writes the file as chunks of the statement (in the caller's transaction); returns the number written. */
    int write(long statementId, String fileKey, Path file, int chunkBytes) throws IOException {
        int n = 0;
        try (InputStream in = Files.newInputStream(file)) {
            while (true) {
                byte[] chunk = in.readNBytes(chunkBytes);
                if (chunk.length == 0) {
                    return n;
                }
                String place = place(fileKey, n);
                store.insertChunk(place, statementId, n, chunk.length, encryption.encrypt(
                        Base64.getEncoder().encodeToString(chunk), FinanceColumns.CHUNK.context(place)));
                n++;
            }
        }
    }

    /** The statement's original bytes: chunk by chunk, or the single value of a statement stored before V25. */
    InputStream open(FinanceStore.StoredFile f) {
        if (f.chunks() == null) {
            return new ByteArrayInputStream(Base64.getDecoder().decode(encryption.decrypt(f.contentEnc(),
                    FinanceColumns.CONTENT.context(f.fileKey()))));
        }
        return new ChunkStream(f);
    }

    private final class ChunkStream extends InputStream {

        private final FinanceStore.StoredFile file;
        private final MessageDigest digest;
        private byte[] current = new byte[0];
        private int position;
        private int next;
        private long read;
        private boolean verified;

        ChunkStream(FinanceStore.StoredFile file) {
            this.file = file;
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        /** False at the end, after the length and SHA-256 were checked. */
        private boolean fill() throws IOException {
            while (position == current.length) {
                if (next == file.chunks()) {
                    verify();
                    return false;
                }
                String place = place(file.fileKey(), next);
                String sealed = store.chunk(file.id(), next).orElseThrow(() -> new IOException("statement "
                        + file.id() + " is damaged: chunk " + next + " of " + file.chunks() + " is missing"));
                current = Base64.getDecoder().decode(encryption.decrypt(sealed, FinanceColumns.CHUNK.context(place)));
                digest.update(current);
                read += current.length;
                position = 0;
                next++;
            }
            return true;
        }

        private void verify() throws IOException {
            if (verified) {
                return;
            }
            String sha = HexFormat.of().formatHex(digest.digest());
            if (read != file.sizeBytes() || !sha.equals(file.sha256())) {
                throw new IOException("statement " + file.id() + " is damaged: " + read + " bytes with SHA-256 " + sha
                        + " read back, " + file.sizeBytes() + " bytes with SHA-256 " + file.sha256() + " stored");
            }
            verified = true;
        }

        @Override
        public int read() throws IOException {
            return fill() ? current[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, current.length - position);
            System.arraycopy(current, position, b, off, n);
            position += n;
            return n;
        }
    }
}
