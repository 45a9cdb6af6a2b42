package org.nadiya.finance.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nadiya.flow.FlowEngine;
import org.nadiya.flow.OnError;
import org.nadiya.security.TemporaryFiles;
import org.springframework.stereotype.Component;

/**
 * Hands statements to the engine: the engine reads files, so the bytes go to a private temporary directory inside the
 * data directory ({@link TemporaryFiles}) for the duration of one load and are deleted after it (a crash's leftovers at
 * the next start). The statements of the last analyses are kept loaded (a few,
 * least recently used first out) for graphs and traces.
 */
@Component
class StatementLoader {

    private static final int CACHED = 3;

    private final FinanceStore store;
    private final StatementChunks chunks;
    private final Map<Long, FlowEngine.Statements> cache = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, FlowEngine.Statements> eldest) {
            return size() > CACHED;
        }
    };

    private final TemporaryFiles temporary;

    StatementLoader(FinanceStore store, StatementChunks chunks, TemporaryFiles temporary) {
        this.store = store;
        this.chunks = chunks;
        this.temporary = temporary;
    }

    /** One file as uploaded (the upload check, on the caller's temporary copy), read under its own bad-row rule. */
    FlowEngine.Statements check(Path file, String format, String owner, String mapping, OnError onError)
            throws IOException {
        Path dir = temporary.newDirectory("statement");
        try {
            return FlowEngine.loadEach(List.of(new FlowEngine.Source(file, mappingFile(dir, 0, mapping), format, owner)),
                    onError, FlowEngine.Progress.NONE);
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
            Path dir = temporary.newDirectory("analysis");
            try {
                List<FlowEngine.Source> sources = new ArrayList<>();
                for (long id : statementIds) {
                    var f = store.file(id).orElseThrow(() -> new IllegalStateException("statement " + id + " is gone"));
                    // Decrypted chunk by chunk into the private directory: the engine reads files.
                    Path file = dir.resolve("statement-" + id + extension(f.fileName()));
                    try (var in = chunks.open(f)) {
                        Files.copy(in, file);
                    }
                    sources.add(new FlowEngine.Source(file, mappingFile(dir, id, f.mapping()), f.format(),
                            f.ownerAccount()));
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

    private static Path mappingFile(Path dir, long n, String mapping) throws IOException {
        if (mapping == null || mapping.isBlank()) {
            return null;
        }
        Path mappingFile = dir.resolve("mapping-" + n + ".yaml");
        Files.writeString(mappingFile, mapping, StandardCharsets.UTF_8);
        return mappingFile;
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

    static void delete(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            dir.toFile().deleteOnExit();
        }
    }
}
