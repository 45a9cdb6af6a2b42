package org.nadiya.finance.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nadiya.flow.FlowEngine;
import org.nadiya.flow.OnError;
import org.nadiya.security.FieldEncryption;
import org.springframework.stereotype.Component;

/**
 * Hands statements to the engine: the engine reads files, so the bytes go to a private temporary directory for
 * the duration of one load and are deleted after it. The statements of the last analyses are kept loaded (a few,
 * least recently used first out) for graphs and traces.
 */
@Component
class StatementLoader {

    private static final int CACHED = 3;

    private final FinanceStore store;
    private final FieldEncryption encryption;
    private final Map<Long, FlowEngine.Statements> cache = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, FlowEngine.Statements> eldest) {
            return size() > CACHED;
        }
    };

    StatementLoader(FinanceStore store, FieldEncryption encryption) {
        this.store = store;
        this.encryption = encryption;
    }

    /** One file as given (the upload check), read under its own bad-row rule. */
    FlowEngine.Statements check(String fileName, byte[] content, String format, String owner, String mapping,
                                OnError onError) throws IOException {
        Path dir = Files.createTempDirectory("nadiya-statement");
        try {
            return FlowEngine.loadEach(List.of(source(dir, 0, fileName, content, format, owner, mapping)), onError,
                    FlowEngine.Progress.NONE);
        } finally {
            delete(dir);
        }
    }

    /** The analysis' statements, from the cache or decrypted from the store. */
    FlowEngine.Statements load(long analysisId, List<Long> statementIds, FlowEngine.Progress progress) {
        synchronized (cache) {
            var cached = cache.get(analysisId);
            if (cached != null) {
                return cached;
            }
        }
        try {
            Path dir = Files.createTempDirectory("nadiya-analysis");
            try {
                List<FlowEngine.Source> sources = new ArrayList<>();
                for (long id : statementIds) {
                    var f = store.file(id).orElseThrow(() -> new IllegalStateException("statement " + id + " is gone"));
                    byte[] bytes = Base64.getDecoder().decode(encryption.decrypt(f.contentEnc(),
                            FinanceColumns.CONTENT.context(f.fileKey())));
                    sources.add(source(dir, id, f.fileName(), bytes, f.format(), f.ownerAccount(), f.mapping()));
                }
                // Each file passed its own bad-row rule at upload, so skipping here drops exactly what it dropped then.
                var statements = FlowEngine.loadEach(sources, OnError.SKIP, progress);
                synchronized (cache) {
                    cache.put(analysisId, statements);
                }
                return statements;
            } finally {
                delete(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FlowEngine.Source source(Path dir, long n, String fileName, byte[] content, String format,
                                            String owner, String mapping) throws IOException {
        Path file = dir.resolve("statement-" + n + extension(fileName));
        Files.write(file, content);
        Path mappingFile = null;
        if (mapping != null && !mapping.isBlank()) {
            mappingFile = dir.resolve("mapping-" + n + ".yaml");
            Files.writeString(mappingFile, mapping, StandardCharsets.UTF_8);
        }
        return new FlowEngine.Source(file, mappingFile, format, owner);
    }

    /** The engine recognises spreadsheets and XML by the extension, so it is kept (letters and digits only). */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return "";
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return ext.matches("[a-z0-9]{1,8}") ? "." + ext : "";
    }

    private static void delete(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            dir.toFile().deleteOnExit();
        }
    }
}
