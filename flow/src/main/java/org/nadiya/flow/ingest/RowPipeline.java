package org.nadiya.flow.ingest;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads and splits CSV rows on a second thread, in batches, while the caller maps them: decoding and splitting
 * take about as long as mapping and indexing, and statements are analysed on machines with at least two cores.
 * Memory stays bounded: at most {@value #BATCHES} batches of {@value #ROWS} rows wait.
 */
final class RowPipeline implements AutoCloseable {

    private static final int ROWS = 1024;
    private static final int BATCHES = 8;

    /** Rows in file order; {@code last} ends the input, {@code failure} (after the rows before it) ends it too. */
    private record Batch(String[][] rows, long[] lines, int size, boolean last, Throwable failure) {
    }

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES);
    private final Thread reader;
    private Batch current;
    private int next;
    private long line;

    RowPipeline(CsvReader csv) {
        reader = new Thread(() -> read(csv), "csv-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void read(CsvReader csv) {
        String[][] rows = null;
        long[] lines = null;
        int n = 0;
        try {
            while (true) {
                rows = new String[ROWS][];
                lines = new long[ROWS];
                n = 0;
                String[] row;
                while (n < ROWS && (row = csv.next()) != null) {
                    rows[n] = row;
                    lines[n++] = csv.line();
                }
                queue.put(new Batch(rows, lines, n, n < ROWS, null));
                rows = null;
                if (n < ROWS) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable e) {
            try {
                // The rows read before the failure come first, so errors are met in file order.
                queue.put(new Batch(rows, lines, rows == null ? 0 : n, false, e));
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The next row, or null at the end; a failure of the reading thread is thrown here. */
    String[] next() throws IOException {
        while (current == null || next == current.size()) {
            if (current != null && current.failure() != null) {
                Throwable failure = current.failure();
                current = new Batch(null, null, 0, true, null);
                if (failure instanceof IOException io) {
                    throw io;
                }
                if (failure instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(failure);
            }
            if (current != null && current.last()) {
                return null;
            }
            try {
                current = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading", e);
            }
            next = 0;
        }
        line = current.lines()[next];
        return current.rows()[next++];
    }

    /** The physical line where the last row returned started. */
    long line() {
        return line;
    }

    @Override
    public void close() {
        reader.interrupt();
        try {
            reader.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
