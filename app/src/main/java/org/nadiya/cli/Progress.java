package org.nadiya.cli;

import java.io.PrintStream;

/** A one-line progress bar on standard error, drawn only when a person is watching a terminal. */
final class Progress implements org.nadiya.flow.FlowEngine.Progress {

    private static final int WIDTH = 30;
    private final PrintStream err;
    private final boolean enabled;
    private String stage = "";
    private int lastPercent = -1;
    private long started;

    Progress(PrintStream err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    static Progress onTerminal() {
        return new Progress(System.err, System.console() != null);
    }

    @Override
    public void stage(String name) {
        stage = name;
        lastPercent = -1;
        started = System.nanoTime();
        draw(0);
    }

    @Override
    public void advanced(long done, long total) {
        int percent = total <= 0 ? 100 : (int) Math.min(100, done * 100 / total);
        if (percent != lastPercent) {
            draw(percent);
        }
    }

    @Override
    public void done() {
        draw(100);
        if (enabled) {
            err.printf(" %.1f s%n", (System.nanoTime() - started) / 1e9);
        }
    }

    private void draw(int percent) {
        lastPercent = percent;
        if (!enabled) {
            return;
        }
        int filled = percent * WIDTH / 100;
        err.print("\r" + stage + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "%");
        err.flush();
    }
}
