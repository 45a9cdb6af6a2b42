package org.nadiya.flow.detect;

/**
 * How unusual a count is among all values of the same feature in the same data: the median, the robust spread and
 * the share of values below. The spread is the largest of 1.4826 × the median absolute deviation, (90th percentile −
 * median) / 1.2816 (the same for a normal distribution; it does not collapse to 0 when most values are 0, as the MAD
 * does) and 1 (counts are whole numbers). Built from a histogram of non-negative whole values, so medians over
 * millions of accounts cost one pass.
 */
record Unusual(long n, int median, double spread, long[] below) {

    /** {@code histogram[v]} = how many accounts (or pairs) have the value v. */
    static Unusual of(long[] histogram) {
        long n = 0;
        for (long c : histogram) {
            n += c;
        }
        long[] below = new long[histogram.length + 1];
        for (int v = 0; v < histogram.length; v++) {
            below[v + 1] = below[v] + histogram[v];
        }
        if (n == 0) {
            return new Unusual(0, 0, 1, below);
        }
        int median = medianOf(histogram, n);
        long[] deviations = new long[Math.max(median, histogram.length - 1 - median) + 1];
        for (int v = 0; v < histogram.length; v++) {
            deviations[Math.abs(v - median)] += histogram[v];
        }
        int mad = medianOf(deviations, n);
        int q90 = quantileOf(histogram, n, 0.9);
        return new Unusual(n, median, Math.max(1.0, Math.max(1.4826 * mad, (q90 - median) / 1.2816)), below);
    }

    /** The lower median: the smallest value with at least half of the values at or below it. */
    private static int medianOf(long[] histogram, long n) {
        return quantileOf(histogram, n, 0.5);
    }

    /** The smallest value with at least the share {@code q} of the values at or below it. */
    private static int quantileOf(long[] histogram, long n, double q) {
        long seen = 0;
        for (int v = 0; v < histogram.length; v++) {
            seen += histogram[v];
            if (seen >= q * n) {
                return v;
            }
        }
        return histogram.length - 1;
    }

    /**
     * The cutoff for {@code tests} values looked at together: at least {@code cutoff}, and at least the normal
     * quantile that one value in {@code tests} exceeds by chance (so a million accounts need more than five thousand).
     */
    static double cutoff(double cutoff, long tests) {
        return Math.max(cutoff, normalQuantile(1 - 1.0 / Math.max(2, tests)));
    }

    /** The standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9). */
    static double normalQuantile(double p) {
        double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
            -3.066479806614716e+01, 2.506628277459239e+00};
        double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
            -1.328068155288572e+01};
        double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
            4.374664141464968e+00, 2.938163982698783e+00};
        double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
        if (p < 0.02425) {
            double q = Math.sqrt(-2 * Math.log(p));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        if (p > 1 - 0.02425) {
            return -normalQuantile(1 - p);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }

    /** Robust z: how many spreads above the median. */
    double z(int value) {
        return (value - median) / spread;
    }

    /** Percentage of values below {@code value} (0..100). */
    double percentBelow(int value) {
        if (n == 0) {
            return 0;
        }
        int v = Math.max(0, Math.min(value, below.length - 1));
        return 100.0 * below[v] / n;
    }
}
