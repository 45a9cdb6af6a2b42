package org.nadiya.bench;

import java.util.Arrays;

/** Throughput of a repeated run: three warm-up runs, then five timed; items per second, sorted (median at [2]). */
public final class Rates {

    private Rates() {
    }

    public static double[] measure(int items, Runnable run) {
        for (int w = 0; w < 3; w++) {
            run.run();
        }
        double[] rates = new double[5];
        for (int r = 0; r < rates.length; r++) {
            long start = System.nanoTime();
            run.run();
            rates[r] = items / ((System.nanoTime() - start) / 1e9);
        }
        Arrays.sort(rates);
        return rates;
    }
}
