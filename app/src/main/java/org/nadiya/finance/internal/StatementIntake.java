package org.nadiya.finance.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.finance.FinancialAnalyses.Statement;
import org.nadiya.finance.FinancialAnalyses.StatementFile;
import org.nadiya.finance.FinancialAnalyses.UploadOptions;
import org.nadiya.flow.FlowEngine;
import org.nadiya.flow.OnError;
import org.nadiya.flow.StatementException;
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.NotVisibleException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Statements coming in and going out as evidence: an upload checked by the engine and stored whole (hashed,
 * encrypted in chunks) or not at all, and the original file read back. Callers have checked need-to-know.
 */
@Component
class StatementIntake {

    private static final String ENTITY = FinanceService.ENTITY;

    private final FinanceStore store;
    private final StatementLoader loader;
    private final StatementChunks chunks;
    private final FinanceUploads.Limits limits;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final org.nadiya.security.TemporaryFiles temporary;

    StatementIntake(FinanceStore store, StatementLoader loader, StatementChunks chunks, FinanceUploads.Limits limits,
                    AuditLog audit, Clock clock, PlatformTransactionManager transactions,
                    org.nadiya.security.TemporaryFiles temporary) {
        this.store = store;
        this.loader = loader;
        this.chunks = chunks;
        this.limits = limits;
        this.audit = audit;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.temporary = temporary;
    }

    Statement upload(CurrentUser user, long proceedingId, String fileName, String mediaType,
                            InputStream content, UploadOptions options) {
        var o = options == null ? new UploadOptions(null, null, null, false) : options;
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/]", "_").strip();
        if (name.isEmpty() || content == null) {
            throw new InvalidInputException("file", "error.finance.file.choose");
        }
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        String format = blank(o.format()) ? null : o.format().strip().toLowerCase(Locale.ROOT);
        if (format != null && !List.of("csv", "xlsx", "xls", "camt", "camt053", "camt052", "camt054", "1c")
                .contains(format)) {
            throw new InvalidInputException("format", "error.finance.format.choose", format);
        }
        String owner = blank(o.ownerAccount()) ? null : o.ownerAccount().replace(" ", "").strip();
        if (owner != null && owner.length() > 64) {
            throw new InvalidInputException("ownerAccount", "error.finance.ownerAccount.length");
        }
        String mapping = blank(o.mapping()) ? null : o.mapping();
        OnError onError = o.skipBadRows() ? OnError.SKIP : OnError.FAIL;
        String ext = StatementLoader.extension(name);
        boolean spreadsheet = "xls".equals(format) || "xlsx".equals(format) || ".xls".equals(ext) || ".xlsx".equals(ext);
        long limit = spreadsheet ? Math.min(limits.maxSpreadsheet(), limits.maxStatement()) : limits.maxStatement();
        Path dir = null;
        try {
            dir = temporary.newDirectory("upload");
            Path file = dir.resolve("statement" + ext);
            long size = 0;
            String sha;
            var digest = MessageDigest.getInstance("SHA-256");
            // One pass over the upload: to a private temporary file while hashed and counted; memory stays at the buffer.
            try (var in = new DigestInputStream(content, digest); var out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    size += n;
                    if (size > limit) {
                        throw spreadsheet ? new InvalidInputException("file", "error.finance.file.spreadsheetTooLarge", name, FinanceUploads.Limits.human(limit))
                                : FinanceUploads.tooLarge(limits);
                    }
                    out.write(buffer, 0, n);
                }
            } catch (IOException e) {
                throw new InvalidInputException("file", "error.finance.file.unreadable", e.getMessage());
            }
            sha = HexFormat.of().formatHex(digest.digest());
            if (size == 0) {
                throw new InvalidInputException("file", "error.finance.file.empty", name);
            }
            FlowEngine.Summary summary;
            try {
                summary = FlowEngine.summary(loader.check(file, format, owner, mapping, onError));
            } catch (StatementException e) {
                throw StatementProblems.invalid("mapping".equals(e.issue().column()) ? "mapping" : "file", e.issue(),
                        name);
            } catch (IllegalArgumentException | IOException e) {
                refuseZipBomb(e);
                throw new InvalidInputException(mapping != null && String.valueOf(e.getMessage()).contains("mapping")
                        ? "mapping" : "file", "error.finance.file.rejected", name, String.valueOf(e.getMessage())
                        .replace(file.toString(), name));
            } catch (RuntimeException e) {
                refuseZipBomb(e);
                throw new InvalidInputException("file", "error.finance.file.notStatement", name,
                        e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            }
            if (summary.transactions() == 0) {
                throw StatementProblems.noTransactions(summary.files().get(0).issues(), name);
            }
            var checked = summary.files().get(0);
            // The account the statement itself names is its owner when the uploader gave none.
            String statementOwner = owner != null || checked.owners().size() != 1 ? owner : checked.owners().get(0);
            String type = blank(mediaType) ? "application/octet-stream" : mediaType.strip();
            String finalName = name;
            long bytes = size;
            int chunkBytes = limits.chunk();
            // One transaction: the statement row and all its chunks, or nothing.
            long id = tx.execute(s -> {
                if (store.hasStatement(proceedingId, sha)) {
                    throw new InvalidInputException("file", "error.finance.file.duplicate", sha);
                }
                String fileKey = UUID.randomUUID().toString();
                long sid = store.insertStatement(new FinanceStore.NewStatement(fileKey, proceedingId, finalName,
                        type.length() > 100 ? "application/octet-stream" : type, bytes, sha,
                        format, checked.format(), statementOwner, mapping, onError.name(), checked.imported(),
                        checked.skipped(), StatementChunks.count(bytes, chunkBytes), user.username(), clock.instant()));
                try {
                    chunks.write(sid, fileKey, file, chunkBytes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                audit.record(AuditEvent.allowed("FINANCE_STATEMENT_UPLOADED", ENTITY, proceedingId).by(user.username())
                        .with("statement " + sid + ", " + bytes + " bytes, sha256 " + sha + ", " + checked.imported()
                                + " transactions, " + checked.skipped() + " rows skipped"));
                return sid;
            });
            return store.statement(proceedingId, id).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (dir != null) {
                StatementLoader.delete(dir);
            }
        }
    }

    StatementFile file(CurrentUser user, long proceedingId, long statementId) {
        var statement = store.statement(proceedingId, statementId)
                .orElseThrow(() -> new NotVisibleException("finance_statement", statementId));
        var f = store.file(statementId).orElseThrow();
        var content = chunks.open(f);
        audit.record(AuditEvent.allowed("FINANCE_STATEMENT_READ", ENTITY, proceedingId).by(user.username())
                .with("statement " + statementId + ", sha256 " + statement.sha256()));
        return new StatementFile(statement.fileName(), statement.mediaType(), statement.sha256(), f.sizeBytes(),
                content);
    }

    /**
     * A spreadsheet that unpacks to far more than it holds is refused in the user's language; the reading library's own
     * text (limits, class names, how to raise them) is not shown.
     */
    private static void refuseZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("Zip bomb")) {
                throw new InvalidInputException("file", "error.finance.zipBomb");
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
