package org.nadiya.flow;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/**
 * Transactions in time order as primitive columns (index = rank in time), accounts as dense ints, and CSR
 * adjacency in both directions: {@code outTx[outStart[a] .. outStart[a+1])} are account a's payments in time
 * order, {@code inTx[...]} its receipts. Immutable once built; see {@link #heapBytes()} for what it holds.
 */
public final class TransactionGraph {

    private final AccountIndex accounts;
    private final String[] currencies;
    private final int[] from;
    private final int[] to;
    private final long base;
    /** Seconds after {@link #base}, unsigned (136 years). */
    private final int[] time;
    private final long[] amount;
    private final byte[] currency;
    private final int[] idEnd;
    private final byte[] ids;
    private final Map<Integer, Transaction.Details> details;
    private final Map<Integer, String> names;
    private final Map<Integer, String> countries;
    private final int[] outStart;
    private final int[] outTx;
    private final int[] inStart;
    private final int[] inTx;

    TransactionGraph(AccountIndex accounts, String[] currencies, int[] from, int[] to, long base, int[] time,
                     long[] amount,
                     byte[] currency, int[] idEnd, byte[] ids, Map<Integer, Transaction.Details> details,
                     Map<Integer, String> names, Map<Integer, String> countries, int[] outStart, int[] outTx,
                     int[] inStart, int[] inTx) {
        this.accounts = accounts;
        this.currencies = currencies;
        this.from = from;
        this.to = to;
        this.base = base;
        this.time = time;
        this.amount = amount;
        this.currency = currency;
        this.idEnd = idEnd;
        this.ids = ids;
        this.details = details;
        this.names = names;
        this.countries = countries;
        this.outStart = outStart;
        this.outTx = outTx;
        this.inStart = inStart;
        this.inTx = inTx;
    }

    public int transactionCount() {
        return from.length;
    }

    public int accountCount() {
        return accounts.size();
    }

    public int from(int tx) {
        return from[tx];
    }

    public int to(int tx) {
        return to[tx];
    }

    /** Epoch seconds. */
    public long time(int tx) {
        return base + Integer.toUnsignedLong(time[tx]);
    }

    public Instant instant(int tx) {
        return Instant.ofEpochSecond(time(tx));
    }

    public long amount(int tx) {
        return amount[tx];
    }

    public String currency(int tx) {
        return currencies[currency[tx]];
    }

    public String id(int tx) {
        int start = tx == 0 ? 0 : idEnd[tx - 1];
        return new String(ids, start, idEnd[tx] - start, StandardCharsets.UTF_8);
    }

    public Transaction.Details details(int tx) {
        return details.getOrDefault(tx, Transaction.Details.NONE);
    }

    /** Whether the statement gave only a date for this transaction (its time is then the date's midnight UTC). */
    public boolean dateOnly(int tx) {
        Transaction.Details x = details.get(tx);
        return x != null && x.dateOnly();
    }

    public String account(int a) {
        return accounts.name(a);
    }

    /** The account's dense index, or -1 when no transaction names it. */
    public int accountIndex(String account) {
        return accounts.find(account);
    }

    public String accountName(int a) {
        return names.get(a);
    }

    /** The country given by the statement, else the IBAN's country prefix, else null. */
    public String accountCountry(int a) {
        String explicit = countries.get(a);
        if (explicit != null) {
            return explicit;
        }
        String account = accounts.name(a);
        if (account.length() >= 15 && Character.isUpperCase(account.charAt(0))
                && Character.isUpperCase(account.charAt(1)) && Character.isDigit(account.charAt(2))
                && Character.isDigit(account.charAt(3))) {
            return account.substring(0, 2);
        }
        return null;
    }

    public int outStart(int a) {
        return outStart[a];
    }

    public int outEnd(int a) {
        return outStart[a + 1];
    }

    /** The k-th entry of the outgoing adjacency (a transaction index). */
    public int outTx(int k) {
        return outTx[k];
    }

    public int inStart(int a) {
        return inStart[a];
    }

    public int inEnd(int a) {
        return inStart[a + 1];
    }

    public int inTx(int k) {
        return inTx[k];
    }

    /** First position in a's outgoing adjacency whose transaction index is greater than {@code tx}. */
    public int outAfter(int a, int tx) {
        return after(outTx, outStart[a], outStart[a + 1], tx);
    }

    /** First position in a's incoming adjacency whose transaction index is greater than {@code tx}. */
    public int inAfter(int a, int tx) {
        return after(inTx, inStart[a], inStart[a + 1], tx);
    }

    /** First transaction index whose time is at or after {@code epochSeconds}. */
    public int firstAtOrAfter(long epochSeconds) {
        int lo = 0;
        int hi = time.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (time(mid) < epochSeconds) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int after(int[] adjacency, int lo, int hi, int tx) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (adjacency[mid] <= tx) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The indices (in time order) of every transaction with this id: statements may repeat a reference. */
    public int[] transactionIndices(String id) {
        byte[] wanted = id.getBytes(StandardCharsets.UTF_8);
        int[] found = new int[4];
        int count = 0;
        int start = 0;
        for (int tx = 0; tx < idEnd.length; tx++) {
            int end = idEnd[tx];
            if (end - start == wanted.length
                    && java.util.Arrays.equals(ids, start, end, wanted, 0, wanted.length)) {
                if (count == found.length) {
                    found = java.util.Arrays.copyOf(found, count * 2);
                }
                found[count++] = tx;
            }
            start = end;
        }
        return java.util.Arrays.copyOf(found, count);
    }

    /** The index of the transaction with this id, or -1. A linear scan: used once per trace request. */
    public int transactionIndex(String id) {
        byte[] wanted = id.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        for (int tx = 0; tx < idEnd.length; tx++) {
            int end = idEnd[tx];
            if (end - start == wanted.length
                    && java.util.Arrays.equals(ids, start, end, wanted, 0, wanted.length)) {
                return tx;
            }
            start = end;
        }
        return -1;
    }

    /** Bytes held by the columns and adjacency (object headers and sparse details excluded). */
    public long columnBytes() {
        long n = from.length;
        return n * (4 + 4 + 4 + 8 + 1 + 4 + 4 + 4) + ids.length + 8L * (outStart.length + inStart.length);
    }

    /** Columns plus the account table (interned strings and hash slots). */
    public long heapBytes() {
        return columnBytes() + accounts.heapBytes();
    }
}
