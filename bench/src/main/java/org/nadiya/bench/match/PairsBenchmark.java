package org.nadiya.bench.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.nadiya.bench.Rates;
import org.nadiya.match.names.NameScorer;
import org.nadiya.match.names.PersonName;

/**
 * Pair scoring throughput: N pairs of generated names (half two spellings of one person, half two different
 * persons), scored from the raw strings on every core, five timed runs after a warm-up. The run checks precision
 * and recall on the generated truth, so a fast wrong scorer fails.
 *   args: [pairs=200000] [seed=7]
 */
public final class PairsBenchmark {

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 7L;
        var generator = new PersonGenerator(seed);
        List<PersonGenerator.Person> people = generator.records(count * 3);
        String[] left = new String[count];
        String[] right = new String[count];
        boolean[] same = new boolean[count];
        int made = 0;
        for (int i = 1; i < people.size() && made < count; i++) {
            var a = people.get(i - 1);
            var b = people.get(i);
            if (a.entity() == b.entity() && made % 2 == 0 || a.entity() != b.entity() && made % 2 == 1) {
                left[made] = a.name();
                right[made] = b.name();
                same[made] = a.entity() == b.entity();
                made++;
            }
        }
        if (made < count) {
            throw new IllegalStateException("the generator gave only " + made + " pairs");
        }
        var scorer = new NameScorer();
        boolean[] predicted = new boolean[count];
        Runnable run = () -> IntStream.range(0, count).parallel()
                .forEach(i -> predicted[i] = scorer.score(left[i], right[i]) >= NameScorer.DEFAULT_THRESHOLD);
        double[] rates = Rates.measure(count, run);
        double preEncoded = preEncodedRate(scorer, left, right);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < count; i++) {
            tp += predicted[i] && same[i] ? 1 : 0;
            fp += predicted[i] && !same[i] ? 1 : 0;
            fn += !predicted[i] && same[i] ? 1 : 0;
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        System.out.printf(Locale.ROOT, "pairs %d, cores %d: median %.0f pairs/s (min %.0f, max %.0f); names read once: %.0f pairs/s%n",
                count, Runtime.getRuntime().availableProcessors(), rates[2], rates[0], rates[4], preEncoded);
        System.out.printf(Locale.ROOT, "generated truth: precision %.4f recall %.4f F1 %.4f%n", precision, recall,
                2 * precision * recall / (precision + recall));
        if (precision < 0.95 || recall < 0.80) {
            System.out.println("FAILED: the scorer is wrong on the generated truth");
            System.exit(1);
        }
    }

    /** The same pairs with each name read once beforehand, as dedupe and the application do. */
    private static double preEncodedRate(NameScorer scorer, String[] left, String[] right) {
        List<PersonName> a = new ArrayList<>(left.length);
        List<PersonName> b = new ArrayList<>(right.length);
        for (int i = 0; i < left.length; i++) {
            a.add(PersonName.of(left[i]));
            b.add(PersonName.of(right[i]));
        }
        double[] rates = new double[5];
        double[] sink = new double[1];
        for (int r = 0; r < rates.length + 2; r++) {
            long start = System.nanoTime();
            double sum = IntStream.range(0, left.length).parallel().mapToDouble(i -> scorer.score(a.get(i), b.get(i))).sum();
            sink[0] += sum;
            if (r >= 2) {
                rates[r - 2] = left.length / ((System.nanoTime() - start) / 1e9);
            }
        }
        Arrays.sort(rates);
        return sink[0] >= 0 ? rates[2] : 0;
    }
}
