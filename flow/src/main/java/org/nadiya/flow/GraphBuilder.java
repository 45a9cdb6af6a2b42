package org.nadiya.flow;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects streamed transactions into growable primitive columns, then sorts them by time and builds the
 * {@link TransactionGraph}. Optional details are kept sparsely, only for rows that have them.
 */
public final class GraphBuilder implements TransactionSink {

    private final AccountIndex accounts = new AccountIndex();
    private final List<String> currencies = new ArrayList<>();
    private final Map<Integer, Transaction.Details> details = new HashMap<>();
    private final Map<Integer, String> names = new HashMap<>();
    private final Map<Integer, String> countries = new HashMap<>();
    private int[] from = new int[1024];
    private int[] to = new int[1024];
    private long[] time = new long[1024];
    private long[] amount = new long[1024];
    private byte[] currency = new byte[1024];
    private int[] idEnd = new int[1024];
    private byte[] idBytes = new byte[8192];
    private int idLength;
    private int size;

    @Override
    public void accept(Transaction t) {
        if (size == from.length) {
            grow();
        }
        int f = accounts.intern(t.fromAccount());
        int d = accounts.intern(t.toAccount());
        from[size] = f;
        to[size] = d;
        time[size] = t.timestamp().getEpochSecond();
        amount[size] = t.amountMinor();
        currency[size] = currencyCode(t.currency());
        byte[] id = t.id().getBytes(StandardCharsets.UTF_8);
        if (idLength + id.length > idBytes.length) {
            idBytes = Arrays.copyOf(idBytes, Math.max(idBytes.length * 2, idLength + id.length));
        }
        System.arraycopy(id, 0, idBytes, idLength, id.length);
        idLength += id.length;
        idEnd[size] = idLength;
        Transaction.Details x = t.details();
        if (!x.isEmpty()) {
            details.put(size, x);
            remember(names, f, x.fromName());
            remember(names, d, x.toName());
            remember(countries, f, x.fromCountry());
            remember(countries, d, x.toCountry());
        }
        size++;
    }

    public int size() {
        return size;
    }

    private static void remember(Map<Integer, String> map, int account, String value) {
        if (value != null && !value.isBlank()) {
            map.putIfAbsent(account, value.trim());
        }
    }

    private byte currencyCode(String code) {
        int i = currencies.indexOf(code);
        if (i < 0) {
            if (currencies.size() == 127) {
                throw new IllegalArgumentException("more than 127 currencies in one analysis");
            }
            currencies.add(code);
            i = currencies.size() - 1;
        }
        return (byte) i;
    }

    private void grow() {
        int n = size * 2;
        from = Arrays.copyOf(from, n);
        to = Arrays.copyOf(to, n);
        time = Arrays.copyOf(time, n);
        amount = Arrays.copyOf(amount, n);
        currency = Arrays.copyOf(currency, n);
        idEnd = Arrays.copyOf(idEnd, n);
    }

    /** Sorts by time (ties keep the input order) and builds the adjacency in both directions. */
    public TransactionGraph build() {
        long base = Long.MAX_VALUE;
        for (int i = 0; i < size; i++) {
            base = Math.min(base, time[i]);
        }
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            long relative = time[i] - base;
            if (relative >= 1L << 32) {
                throw new IllegalArgumentException("transactions span more than 136 years");
            }
            keys[i] = relative << 31 | i;
        }
        Arrays.parallelSort(keys);
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = (int) (keys[i] & 0x7fffffff);
        }
        keys = null;
        int[] sFrom = new int[size];
        int[] sTo = new int[size];
        int[] sTime = new int[size];
        long[] sAmount = new long[size];
        byte[] sCurrency = new byte[size];
        int[] sIdEnd = new int[size];
        byte[] sIds = new byte[idLength];
        Map<Integer, Transaction.Details> sDetails = new HashMap<>();
        int written = 0;
        for (int i = 0; i < size; i++) {
            int o = order[i];
            sFrom[i] = from[o];
            sTo[i] = to[o];
            sTime[i] = (int) (time[o] - base);
            sAmount[i] = amount[o];
            sCurrency[i] = currency[o];
            int start = o == 0 ? 0 : idEnd[o - 1];
            int length = idEnd[o] - start;
            System.arraycopy(idBytes, start, sIds, written, length);
            written += length;
            sIdEnd[i] = written;
            Transaction.Details x = details.get(o);
            if (x != null) {
                sDetails.put(i, x);
            }
        }
        int n = accounts.size();
        int[] outStart = new int[n + 1];
        int[] inStart = new int[n + 1];
        for (int i = 0; i < size; i++) {
            outStart[sFrom[i] + 1]++;
            inStart[sTo[i] + 1]++;
        }
        for (int a = 0; a < n; a++) {
            outStart[a + 1] += outStart[a];
            inStart[a + 1] += inStart[a];
        }
        int[] outTx = new int[size];
        int[] inTx = new int[size];
        int[] outFill = Arrays.copyOf(outStart, n);
        int[] inFill = Arrays.copyOf(inStart, n);
        for (int i = 0; i < size; i++) {
            outTx[outFill[sFrom[i]]++] = i;
            inTx[inFill[sTo[i]]++] = i;
        }
        return new TransactionGraph(accounts, currencies.toArray(String[]::new), sFrom, sTo, size == 0 ? 0 : base,
                sTime, sAmount,
                sCurrency, sIdEnd, sIds, sDetails, names, countries, outStart, outTx, inStart, inTx);
    }
}
