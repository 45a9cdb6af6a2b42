package org.nadiya.stats.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a reader of a published table can work out, written independently of the code under test: (1) repeated
 * subtraction along rows, columns and totals, feeding every recovered cell back in; (2) any linear combination of
 * the table's relations, by floating-point elimination (small 0/±1 systems, so rounding cannot mislead it).
 */
final class Attacker {

    private Attacker() {
    }

    /** Cells recovered exactly, with the value recovered. */
    static Map<Integer, Long> bySubtraction(ProtectedTable published, List<int[]> lines) {
        Map<Integer, Long> known = new HashMap<>();
        for (int cell = 0; cell < published.cellCount(); cell++) {
            if (!published.suppressed(cell)) {
                known.put(cell, published.shown(cell));
            }
        }
        Map<Integer, Long> recovered = new HashMap<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int[] line : lines) {
                int unknown = -1;
                int unknowns = 0;
                long innerSum = 0;
                for (int i = 0; i < line.length; i++) {
                    Long v = known.get(line[i]);
                    if (v == null) {
                        unknowns++;
                        unknown = i;
                    } else if (i < line.length - 1) {
                        innerSum += v;
                    }
                }
                if (unknowns != 1) {
                    continue;
                }
                long total = line.length - 1 == unknown ? innerSum : known.get(line[line.length - 1]);
                long value = unknown == line.length - 1 ? innerSum : total - innerSum;
                known.put(line[unknown], value);
                recovered.put(line[unknown], value);
                progress = true;
            }
        }
        return recovered;
    }

    /** Hidden cells fixed by some combination of relations. */
    static List<Integer> byLinearAlgebra(ProtectedTable published, List<int[]> lines) {
        List<Integer> hidden = new ArrayList<>();
        for (int cell = 0; cell < published.cellCount(); cell++) {
            if (published.suppressed(cell)) {
                hidden.add(cell);
            }
        }
        List<double[]> rows = new ArrayList<>();
        for (int[] line : lines) {
            double[] row = new double[hidden.size()];
            for (int i = 0; i < line.length; i++) {
                int c = hidden.indexOf(line[i]);
                if (c >= 0) {
                    row[c] = i == line.length - 1 ? -1 : 1;
                }
            }
            rows.add(row);
        }
        int rank = rank(rows, hidden.size());
        List<Integer> fixed = new ArrayList<>();
        for (int c = 0; c < hidden.size(); c++) {
            List<double[]> withUnit = new ArrayList<>();
            rows.forEach(r -> withUnit.add(r.clone()));
            double[] unit = new double[hidden.size()];
            unit[c] = 1;
            withUnit.add(unit);
            if (rank(withUnit, hidden.size()) == rank) {
                fixed.add(hidden.get(c));
            }
        }
        return fixed;
    }

    private static int rank(List<double[]> input, int columns) {
        List<double[]> rows = new ArrayList<>();
        input.forEach(r -> rows.add(r.clone()));
        int rank = 0;
        for (int c = 0; c < columns && rank < rows.size(); c++) {
            int pivot = rank;
            for (int r = rank; r < rows.size(); r++) {
                if (Math.abs(rows.get(r)[c]) > Math.abs(rows.get(pivot)[c])) {
                    pivot = r;
                }
            }
            if (Math.abs(rows.get(pivot)[c]) < 1e-9) {
                continue;
            }
            java.util.Collections.swap(rows, rank, pivot);
            double[] p = rows.get(rank);
            for (int r = 0; r < rows.size(); r++) {
                if (r != rank) {
                    double f = rows.get(r)[c] / p[c];
                    for (int j = 0; j < columns; j++) {
                        rows.get(r)[j] -= f * p[j];
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
