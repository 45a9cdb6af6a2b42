package org.nadiya.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.nadiya.audit.AuditKeys;
import org.nadiya.audit.ChainVerification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signed checkpoints of the audit chain outside the database: every {@code nadiya.audit.checkpoint-interval} (and at
 * shutdown) the head — the last entry's number and hash — is appended, signed with Ed25519 (a key pair derived from
 * the key file; decision 0074), to {@code nadiya.audit.checkpoint-file}, a text file the operator copies off the
 * machine (or forwards to a log server). The public key is written beside it ({@code audit-checkpoint-key.pem}) and
 * printed by {@code ./nadiya audit public-key}: with it anyone checks a checkpoint and nobody makes one.
 * {@code ./nadiya audit verify --checkpoint FILE [--public-key PEM]} then proves that the database still holds every
 * entry each checkpoint saw, unchanged: removing the latest entries or rewriting old ones and re-computing the later
 * hashes breaks it, even for someone holding the key file, as long as the copy is out of their reach.
 *
 * <p>Line format: {@code nadiya-audit-checkpoint 2 <seq> <entry hash> <UTC time> <Ed25519 signature of the rest,
 * base64>}. Version 1 lines (before decision 0074) carry an HMAC-SHA-256 keyed from the key file instead and are still
 * checked with it.
 */
@Component
class AuditCheckpoints {

    static final String MAGIC = "nadiya-audit-checkpoint";
    static final String HMAC_VERSION = "1";
    static final String VERSION = "2";
    static final String PUBLIC_KEY_FILE = "audit-checkpoint-key.pem";
    private static final Logger LOG = LoggerFactory.getLogger(AuditCheckpoints.class);

    record Head(long seq, String hash) {
    }

    private final JdbcClient jdbc;
    private final AuditKeys keys;
    private final Clock clock;
    private final Path file;
    private final Duration interval;
    private final java.security.KeyPair signing;
    private ScheduledExecutorService timer;
    private long lastWritten = -1;

    AuditCheckpoints(JdbcClient jdbc, AuditKeys keys, Clock clock,
                     @Value("${nadiya.audit.checkpoint-file:${nadiya.data-dir}/audit-checkpoints.txt}") String file,
                     @Value("${nadiya.audit.checkpoint-interval:10m}") Duration interval) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.clock = clock;
        this.file = Path.of(file).toAbsolutePath().normalize();
        this.interval = interval;
        this.signing = CheckpointSignatures.fromSeed(keys.checkpointSigningSeed());
    }

    @PostConstruct
    void start() {
        writePublicKeyQuietly();
        if (interval.isZero() || interval.isNegative()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            var thread = new Thread(r, "audit-checkpoints");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::writeQuietly, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
            writeQuietly();
        }
    }

    private void writeQuietly() {
        try {
            writeIfMoved();
        } catch (RuntimeException e) {
            LOG.warn("audit checkpoint not written to {}: {}", file, e.toString());
        }
    }

    /** Appends a checkpoint when the head moved since the last one this process wrote; returns the line or null. */
    synchronized String writeIfMoved() {
        var head = head();
        if (head.seq() == 0 || head.seq() == lastWritten) {
            return null;
        }
        return write(head);
    }

    /** Appends a checkpoint of the current head and returns its line. */
    synchronized String writeNow() {
        return write(head());
    }

    private String write(Head head) {
        String body = String.join(" ", MAGIC, VERSION, Long.toString(head.seq()), head.hash(),
                clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
        String line = body + " " + CheckpointSignatures.sign(signing.getPrivate(), body);
        try {
            createPrivately(file);
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        lastWritten = head.seq();
        return line;
    }

    private static void createPrivately(Path path) throws IOException {
        Files.createDirectories(path.getParent());
        if (!Files.exists(path)) {
            Files.createFile(path);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
            }
        }
    }

    /** The public key that verifies this installation's checkpoints, as a PEM file. */
    String publicKeyPem() {
        return CheckpointSignatures.pem(signing.getPublic());
    }

    /** Where the public key is written, beside the checkpoint file. */
    Path publicKeyFile() {
        return file.resolveSibling(PUBLIC_KEY_FILE);
    }

    /** Writes the public key file unless it already holds this key (a public key: no secret, readable by others). */
    private void writePublicKeyQuietly() {
        try {
            Path key = publicKeyFile();
            String pem = publicKeyPem();
            if (!Files.exists(key) || !Files.readString(key, StandardCharsets.US_ASCII).equals(pem)) {
                Files.createDirectories(key.getParent());
                Files.writeString(key, pem, StandardCharsets.US_ASCII);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("audit checkpoint public key not written beside {}: {}", file, e.toString());
        }
    }

    Head head() {
        return jdbc.sql("select last_seq, last_hash from audit_head where id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    Path file() {
        return file;
    }

    /**
     * Checks every checkpoint of a file against the chain ({@code entries} long, already verified); null when all
     * hold. Ed25519 signatures are checked with {@code publicKey} (PEM) when given, else with this installation's
     * public key. A file that cannot be read is bad input ({@link IllegalArgumentException}).
     */
    ChainVerification check(Path checkpoints, Path publicKey, long entries, LongFunction<String> hashAt) {
        var verifier = publicKey == null ? signing.getPublic() : readPublicKey(publicKey);
        List<String> lines;
        try {
            lines = Files.readAllLines(checkpoints, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("--checkpoint: no such file: " + checkpoints);
        } catch (IOException e) {
            throw new IllegalArgumentException("--checkpoint: cannot read " + checkpoints + ": " + e.getMessage());
        }
        int checked = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(" ");
            int number = i + 1;
            if (parts.length != 6 || !MAGIC.equals(parts[0])
                    || !(VERSION.equals(parts[1]) || HMAC_VERSION.equals(parts[1]))
                    || !parts[2].matches("[0-9]{1,18}") || !parts[3].matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("--checkpoint: line " + number + " of " + checkpoints
                        + " is not a Nadiya audit checkpoint");
            }
            String body = line.substring(0, line.lastIndexOf(' '));
            boolean signed = VERSION.equals(parts[1]) ? CheckpointSignatures.verify(verifier, body, parts[5])
                    : AuditHash.hmac(keys.checkpointKey(), body).equals(parts[5]);
            if (!signed) {
                return new ChainVerification(entries, 0, "the checkpoint on line " + number + " is not signed with"
                        + (publicKey == null ? " this installation's key" : " the key of " + publicKey)
                        + ": the file was altered, or it comes from another installation");
            }
            long seq = Long.parseLong(parts[2]);
            Instant at = Instant.parse(parts[4]);
            if (seq > entries) {
                return new ChainVerification(entries, entries + 1, "the log ends at entry " + entries
                        + " but the checkpoint of " + at + " (line " + number + ") saw entry " + seq
                        + ": entries were removed");
            }
            if (!parts[3].equals(hashAt.apply(seq))) {
                return new ChainVerification(entries, seq, "entry " + seq + " is not the one the checkpoint of "
                        + at + " (line " + number + ") saw: it or an earlier entry was rewritten");
            }
            checked++;
        }
        if (checked == 0) {
            throw new IllegalArgumentException("--checkpoint: " + checkpoints + " holds no checkpoint");
        }
        return null;
    }

    private static java.security.PublicKey readPublicKey(Path pem) {
        try {
            return CheckpointSignatures.fromPem(Files.readString(pem, StandardCharsets.US_ASCII));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("--public-key: no such file: " + pem);
        } catch (IOException e) {
            throw new IllegalArgumentException("--public-key: cannot read " + pem + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--public-key: " + pem + " is " + e.getMessage());
        }
    }
}
