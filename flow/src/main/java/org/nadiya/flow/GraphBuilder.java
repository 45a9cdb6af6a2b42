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

    @Override
    public void acceptBytes(byte[] bytes, int idFrom, int idTo, long epochSecond, int fromFrom, int fromTo,
                            int toFrom, int toTo, long amountMinor, String currencyCode) {
        if (amountMinor <= 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
        if (size == from.length) {
            grow();
        }
        // The order of accept(Transaction): accounts are interned before a 128th currency is refused.
        from[size] = accounts.intern(bytes, fromFrom, fromTo);
        to[size] = accounts.intern(bytes, toFrom, toTo);
        time[size] = epochSecond;
        amount[size] = amountMinor;
        currency[size] = currencyCode(currencyCode);
        int n = idTo - idFrom;
        if (idLength + n > idBytes.length) {
            idBytes = Arrays.copyOf(idBytes, Math.max(idBytes.length * 2, idLength + n));
        }
        System.arraycopy(bytes, idFrom, idBytes, idLength, n);
        idLength += n;
        idEnd[size] = idLength;
        size++;
    }

    private int[] batchHashes = new int[0];
    private long[] batchEntries = new long[0];
    private int[] batchFrom = new int[0];
    private int[] batchTo = new int[0];

    /**
     * {@code count} rows at once, each as {@link #acceptBytes} would take it: {@code cells[6k .. 6k+6)} are the
     * id, payer and payee byte ranges of row k. Accounts already known are looked up for the whole batch first
     * (their memory accesses overlap, which is most of the speed of a large import), new ones are interned in row
     * order, so the result is the one of accepting the rows one by one. Every currency must already be known
     * here (the caller sends a row with a new currency alone, through {@link #acceptBytes}).
     */
    public void acceptBatch(byte[] bytes, int count, int[] cells, long[] seconds, long[] amounts,
                            String[] currencyCodes) {
        if (batchHashes.length < count) {
            batchHashes = new int[count];
            batchEntries = new long[count];
            batchFrom = new int[count];
            batchTo = new int[count];
        }
        accounts.findBatch(bytes, cells, 6, 2, count, batchHashes, batchEntries, batchFrom);
        accounts.findBatch(bytes, cells, 6, 4, count, batchHashes, batchEntries, batchTo);
        for (int k = 0; k < count; k++) {
            int c = 6 * k;
            if (amounts[k] <= 0) {
                throw new IllegalArgumentException("amount must be positive");
            }
            if (size == from.length) {
                grow();
            }
            int f = batchFrom[k];
            from[size] = f >= 0 ? f : accounts.intern(bytes, cells[c + 2], cells[c + 3]);
            int d = batchTo[k];
            to[size] = d >= 0 ? d : accounts.intern(bytes, cells[c + 4], cells[c + 5]);
            time[size] = seconds[k];
            amount[size] = amounts[k];
            currency[size] = currencyCode(currencyCodes[k]);
            int n = cells[c + 1] - cells[c];
            if (idLength + n > idBytes.length) {
                idBytes = Arrays.copyOf(idBytes, Math.max(idBytes.length * 2, idLength + n));
            }
            System.arraycopy(bytes, cells[c], idBytes, idLength, n);
            idLength += n;
            idEnd[size] = idLength;
            size++;
        }
    }

    /** Whether a transaction in this currency would be taken (it is known, or there is room for it). */
    public boolean knowsCurrency(String code) {
        return code.equals(lastCurrency) || currencies.contains(code);
    }

    /**
     * Adds every transaction of {@code later} after this builder's, exactly as if they had been accepted here one
     * by one in their order (accounts new to this builder get the next ids in {@code later}'s order): a second
     * thread can read the second half of a file into its own builder. {@code later} must not be used afterwards.
     *
     * @return false, with nothing added, when the currencies together would exceed what one analysis holds
     */
    public boolean append(GraphBuilder later) {
        List<String> merged = new ArrayList<>(currencies);
        byte[] currencyMap = new byte[later.currencies.size()];
        for (int i = 0; i < currencyMap.length; i++) {
            int at = merged.indexOf(later.currencies.get(i));
            if (at < 0) {
                merged.add(later.currencies.get(i));
                at = merged.size() - 1;
            }
            currencyMap[i] = (byte) at;
        }
        if (merged.size() > 127) {
            return false;
        }
        currencies.clear();
        currencies.addAll(merged);
        int[] accountMap = accounts.internAll(later.accounts);
        int n = later.size;
        int total = size + n;
        if (total > from.length) {
            int capacity = Math.max(total, 1024);
            from = Arrays.copyOf(from, capacity);
            to = Arrays.copyOf(to, capacity);
            time = Arrays.copyOf(time, capacity);
            amount = Arrays.copyOf(amount, capacity);
            currency = Arrays.copyOf(currency, capacity);
            idEnd = Arrays.copyOf(idEnd, capacity);
        }
        for (int i = 0; i < n; i++) {
            from[size + i] = accountMap[later.from[i]];
            to[size + i] = accountMap[later.to[i]];
            currency[size + i] = currencyMap[later.currency[i]];
            idEnd[size + i] = idLength + later.idEnd[i];
        }
        System.arraycopy(later.time, 0, time, size, n);
        System.arraycopy(later.amount, 0, amount, size, n);
        if (idLength + later.idLength > idBytes.length) {
            idBytes = Arrays.copyOf(idBytes, idLength + later.idLength);
        }
        System.arraycopy(later.idBytes, 0, idBytes, idLength, later.idLength);
        idLength += later.idLength;
        later.details.forEach((tx, x) -> details.put(size + tx, x));
        later.names.forEach((a, name) -> names.putIfAbsent(accountMap[a], name));
        later.countries.forEach((a, country) -> countries.putIfAbsent(accountMap[a], country));
        size = total;
        return true;
    }

    public int size() {
        return size;
    }

    private static void remember(Map<Integer, String> map, int account, String value) {
        if (value != null && !value.isBlank()) {
            map.putIfAbsent(account, value.trim());
        }
    }

    private String lastCurrency;
    private byte lastCode;

    private byte currencyCode(String code) {
        if (code.equals(lastCurrency)) {
            return lastCode;
        }
        int i = currencies.indexOf(code);
        if (i < 0) {
            if (currencies.size() == 127) {
                throw new IllegalArgumentException("more than 127 currencies in one analysis");
            }
            currencies.add(code);
            i = currencies.size() - 1;
        }
        lastCurrency = code;
        lastCode = (byte) i;
        return (byte) i;
    }

    /**
     * Makes room for {@code rows} transactions in all, so that a large import does not copy its growing columns
     * (the canonical CSV's fast path estimates the rows from the file size).
     */
    public void expect(long rows) {
        int n = (int) Math.min(rows, Integer.MAX_VALUE - 16);
        if (n > from.length) {
            from = Arrays.copyOf(from, n);
            to = Arrays.copyOf(to, n);
            time = Arrays.copyOf(time, n);
            amount = Arrays.copyOf(amount, n);
            currency = Arrays.copyOf(currency, n);
            idEnd = Arrays.copyOf(idEnd, n);
        }
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

    /**
     * Sorts by time (ties keep the input order) and builds the adjacency in both directions. The gathers into
     * time order and the two adjacencies run on two threads for large graphs (they are memory-bound).
     */
    public TransactionGraph build() {
        long base = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            base = Math.min(base, time[i]);
            last = Math.max(last, time[i]);
        }
        if (size > 0 && last - base >= 1L << 32) {
            throw new IllegalArgumentException("transactions span more than 136 years");
        }
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = (time[i] - base) << 31 | i;
        }
        sortByTime(keys, size == 0 ? 0 : last - base);
        int[] sFrom = new int[size];
        int[] sTo = new int[size];
        int[] sTime = new int[size];
        long[] sAmount = new long[size];
        byte[] sCurrency = new byte[size];
        int[] sIdEnd = new int[size];
        int[] idStart = new int[size];
        int half = size / 2;
        inParallel(() -> gather(keys, 0, half, sFrom, sTo, sTime, sAmount, sCurrency, sIdEnd, idStart),
                () -> gather(keys, half, size, sFrom, sTo, sTime, sAmount, sCurrency, sIdEnd, idStart));
        for (int i = 1; i < size; i++) {
            sIdEnd[i] += sIdEnd[i - 1];
        }
        byte[] sIds = new byte[idLength];
        inParallel(() -> gatherIds(idStart, 0, half, sIdEnd, sIds), () -> gatherIds(idStart, half, size, sIdEnd,
                sIds));
        Map<Integer, Transaction.Details> sDetails = new HashMap<>();
        if (!details.isEmpty()) {
            for (int i = 0; i < size; i++) {
                Transaction.Details x = details.get((int) (keys[i] & 0x7fffffff));
                if (x != null) {
                    sDetails.put(i, x);
                }
            }
        }
        int n = accounts.size();
        int[] outStart = new int[n + 1];
        int[] inStart = new int[n + 1];
        int[] outTx = new int[size];
        int[] inTx = new int[size];
        inParallel(() -> adjacency(sFrom, outStart, outTx), () -> adjacency(sTo, inStart, inTx));
        return new TransactionGraph(accounts, currencies.toArray(String[]::new), sFrom, sTo, size == 0 ? 0 : base,
                sTime, sAmount,
                sCurrency, sIdEnd, sIds, sDetails, names, countries, outStart, outTx, inStart, inTx);
    }

    /** Positions [from, to) of the time order: the columns, and each id's length in {@code sIdEnd}. */
    private void gather(long[] keys, int from, int to, int[] sFrom, int[] sTo, int[] sTime, long[] sAmount,
                        byte[] sCurrency, int[] sIdLength, int[] idStart) {
        for (int i = from; i < to; i++) {
            long key = keys[i];
            int o = (int) (key & 0x7fffffff);
            sTime[i] = (int) (key >>> 31);
            sFrom[i] = this.from[o];
            sTo[i] = this.to[o];
            sAmount[i] = amount[o];
            sCurrency[i] = currency[o];
            int start = o == 0 ? 0 : idEnd[o - 1];
            idStart[i] = start;
            sIdLength[i] = idEnd[o] - start;
        }
    }

    private void gatherIds(int[] idStart, int from, int to, int[] sIdEnd, byte[] sIds) {
        for (int i = from; i < to; i++) {
            int at = i == 0 ? 0 : sIdEnd[i - 1];
            int n = sIdEnd[i] - at;
            int start = idStart[i];
            if (n <= 16) {
                for (int k = 0; k < n; k++) {
                    sIds[at + k] = idBytes[start + k];
                }
            } else {
                System.arraycopy(idBytes, start, sIds, at, n);
            }
        }
    }

    /**
     * Sorts keys {@code relativeTime << 31 | index}, made in index order, by time: a stable least-significant-digit
     * radix sort on the time bits alone (11 bits a pass; three passes for up to 194 days), so ties keep the index
     * order and the result is that of sorting the whole keys.
     */
    static void sortByTime(long[] keys, long maxRelative) {
        int bits = 64 - Long.numberOfLeadingZeros(maxRelative);
        long[] a = keys;
        long[] b = bits == 0 ? a : new long[keys.length];
        int[] count = new int[2049];
        for (int shift = 31; shift < 31 + bits; shift += 11) {
            Arrays.fill(count, 0);
            for (long k : a) {
                count[((int) (k >>> shift) & 2047) + 1]++;
            }
            for (int d = 0; d < 2048; d++) {
                count[d + 1] += count[d];
            }
            for (long k : a) {
                b[count[(int) (k >>> shift) & 2047]++] = k;
            }
            long[] t = a;
            a = b;
            b = t;
        }
        if (a != keys) {
            System.arraycopy(a, 0, keys, 0, keys.length);
        }
    }

    /** CSR of one direction: the transactions of each account in time order. */
    private static void adjacency(int[] account, int[] start, int[] tx) {
        int n = start.length - 1;
        for (int a : account) {
            start[a + 1]++;
        }
        for (int a = 0; a < n; a++) {
            start[a + 1] += start[a];
        }
        int[] fill = Arrays.copyOf(start, n);
        for (int i = 0; i < account.length; i++) {
            tx[fill[account[i]]++] = i;
        }
    }

    /** Runs both, the second on another thread when there is enough work for two cores. */
    private void inParallel(Runnable first, Runnable second) {
        if (size < 1 << 16) {
            first.run();
            second.run();
            return;
        }
        Throwable[] failed = new Throwable[1];
        Thread other = new Thread(() -> {
            try {
                second.run();
            } catch (Throwable e) {
                failed[0] = e;
            }
        }, "graph-build");
        other.start();
        first.run();
        boolean interrupted = false;
        while (true) {
            try {
                other.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failed[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failed[0] instanceof Error e) {
            throw e;
        }
    }
}
