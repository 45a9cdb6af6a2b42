package org.nadiya.stats.legacy;

import java.util.ArrayList;
import java.util.List;

/**
 * Which hidden cells a reader could still compute exactly from the published cells, using any combination of the
 * table's additive relations (not only one line at a time: two rows minus a column, and so on). A hidden cell is
 * determined exactly when its unit vector lies in the row space of the relations restricted to the hidden cells;
 * that is decided by Gauss-Jordan elimination modulo a large prime (coefficients are 0, 1 and -1, so a rank can
 * differ from the rational rank only if the prime divides a minor, which for tables of this size it cannot
 * plausibly do).
 */
final class Exposure {

    private static final long P = 1_000_000_007L;

    private Exposure() {
    }

    /** Hidden cells whose value follows from the visible ones; empty when the pattern protects them all. */
    static List<Integer> determined(List<int[]> lines, boolean[] hidden) {
        int[] column = new int[hidden.length];
        List<Integer> cells = new ArrayList<>();
        for (int cell = 0; cell < hidden.length; cell++) {
            column[cell] = hidden[cell] ? cells.size() : -1;
            if (hidden[cell]) {
                cells.add(cell);
            }
        }
        List<long[]> rows = new ArrayList<>();
        for (int[] line : lines) {
            long[] row = new long[cells.size()];
            boolean any = false;
            for (int i = 0; i < line.length; i++) {
                int c = column[line[i]];
                if (c >= 0) {
                    row[c] = i == line.length - 1 ? P - 1 : 1;
                    any = true;
                }
            }
            if (any) {
                rows.add(row);
            }
        }
        int[] pivotRowOfColumn = reduce(rows, cells.size());
        List<Integer> determined = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            int r = pivotRowOfColumn[c];
            if (r >= 0 && isUnit(rows.get(r), c)) {
                determined.add(cells.get(c));
            }
        }
        return determined;
    }

    /** Reduced row echelon form in place; returns for each column the row holding its pivot, or -1. */
    private static int[] reduce(List<long[]> rows, int columns) {
        int[] pivotRow = new int[columns];
        java.util.Arrays.fill(pivotRow, -1);
        int next = 0;
        for (int c = 0; c < columns && next < rows.size(); c++) {
            int found = -1;
            for (int r = next; r < rows.size(); r++) {
                if (rows.get(r)[c] != 0) {
                    found = r;
                    break;
                }
            }
            if (found < 0) {
                continue;
            }
            java.util.Collections.swap(rows, next, found);
            long[] pivot = rows.get(next);
            long inverse = power(pivot[c], P - 2);
            for (int j = 0; j < columns; j++) {
                pivot[j] = pivot[j] * inverse % P;
            }
            for (int r = 0; r < rows.size(); r++) {
                long[] row = rows.get(r);
                if (r != next && row[c] != 0) {
                    long factor = row[c];
                    for (int j = 0; j < columns; j++) {
                        row[j] = Math.floorMod(row[j] - factor * pivot[j] % P, P);
                    }
                }
            }
            pivotRow[c] = next++;
        }
        return pivotRow;
    }

    private static boolean isUnit(long[] row, int column) {
        for (int j = 0; j < row.length; j++) {
            if (j != column && row[j] != 0) {
                return false;
            }
        }
        return true;
    }

    private static long power(long base, long exponent) {
        long result = 1;
        base %= P;
        while (exponent > 0) {
            if ((exponent & 1) == 1) {
                result = result * base % P;
            }
            base = base * base % P;
            exponent >>= 1;
        }
        return result;
    }
}
