package org.nadiya.flow;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Interns account identifiers to dense ints 0..n-1 without a String per account. Names are kept as UTF-8 in one
 * byte array, each as a record {@code [id:4][length:4][name]}; an open-addressing table of longs holds each
 * name's hash with its record's offset. A lookup is one slot read and, when the hash matches, one read of the
 * record (id, length and name side by side): two cache misses for a large table where a slot → id → end
 * offsets → name chain took four (decision 0028).
 */
final class AccountIndex {

    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int HEADER = 8;

    private byte[] records = new byte[16 * 1024];
    private int length;
    /** Record offset per id. */
    private int[] starts = new int[1024];
    /** {@code hash << 32 | recordOffset + 1}; 0 is an empty slot. */
    private long[] slots = new long[2048];
    private int size;

    int intern(String account) {
        byte[] name = account.getBytes(StandardCharsets.UTF_8);
        return intern(name, 0, name.length);
    }

    /**
     * Interns the UTF-8 bytes {@code name[from, to)} (the canonical CSV's fast path calls this on its read
     * buffer, so no String is made); the same id as {@link #intern(String)} of the decoded text.
     */
    int intern(byte[] name, int from, int to) {
        int hash = hash(name, from, to);
        int n = to - from;
        int mask = slots.length - 1;
        int slot = hash & mask;
        while (true) {
            long entry = slots[slot];
            if (entry == 0) {
                break;
            }
            if ((int) (entry >>> 32) == hash) {
                int at = (int) entry - 1;
                if ((int) INT.get(records, at + 4) == n
                        && Arrays.equals(records, at + HEADER, at + HEADER + n, name, from, to)) {
                    return (int) INT.get(records, at);
                }
            }
            slot = (slot + 1) & mask;
        }
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
        }
        if (length + HEADER + n > records.length) {
            records = Arrays.copyOf(records, Math.max(records.length * 2, length + HEADER + n));
        }
        int at = length;
        INT.set(records, at, size);
        INT.set(records, at + 4, n);
        System.arraycopy(name, from, records, at + HEADER, n);
        length += HEADER + n;
        starts[size] = at;
        slots[slot] = (long) hash << 32 | (at + 1L);
        size++;
        if (size * 2 > slots.length) {
            rehash();
        }
        return size - 1;
    }

    /**
     * For each of {@code count} names (byte ranges {@code cells[k * stride + offset]} to {@code ... + 1} of
     * {@code name}), its id when it is already interned, else -1 (the caller then interns it, in order). Done in
     * passes over the batch so that the cache misses of different names overlap instead of following one another:
     * hashes; every first slot (the miss into the table); the probe to the slot whose hash matches (now in cache);
     * every matching record (the miss into the names).
     */
    void findBatch(byte[] name, int[] cells, int stride, int offset, int count, int[] hashes, long[] entries,
                   int[] ids) {
        for (int k = 0; k < count; k++) {
            int c = k * stride + offset;
            hashes[k] = hash(name, cells[c], cells[c + 1]);
        }
        long[] table = slots;
        int mask = table.length - 1;
        for (int k = 0; k < count; k++) {
            entries[k] = table[hashes[k] & mask];
        }
        for (int k = 0; k < count; k++) {
            int hash = hashes[k];
            int slot = hash & mask;
            long entry = entries[k];
            while (entry != 0 && (int) (entry >>> 32) != hash) {
                slot = (slot + 1) & mask;
                entry = table[slot];
            }
            entries[k] = entry;
        }
        for (int k = 0; k < count; k++) {
            long entry = entries[k];
            int id = -1;
            if (entry != 0) {
                int c = k * stride + offset;
                int from = cells[c];
                int to = cells[c + 1];
                int n = to - from;
                int at = (int) entry - 1;
                if ((int) INT.get(records, at + 4) == n
                        && Arrays.equals(records, at + HEADER, at + HEADER + n, name, from, to)) {
                    id = (int) INT.get(records, at);
                }
            }
            ids[k] = id;
        }
    }

    /** Interns every account of {@code other} in its id order; the array maps other's ids to this index's. */
    int[] internAll(AccountIndex other) {
        int[] map = new int[other.size];
        int batch = 512;
        int[] cells = new int[2 * batch];
        int[] hashes = new int[batch];
        long[] entries = new long[batch];
        int[] ids = new int[batch];
        for (int first = 0; first < other.size; first += batch) {
            int count = Math.min(batch, other.size - first);
            for (int k = 0; k < count; k++) {
                int at = other.starts[first + k];
                cells[2 * k] = at + HEADER;
                cells[2 * k + 1] = at + HEADER + (int) INT.get(other.records, at + 4);
            }
            findBatch(other.records, cells, 2, 0, count, hashes, entries, ids);
            for (int k = 0; k < count; k++) {
                map[first + k] = ids[k] >= 0 ? ids[k] : intern(other.records, cells[2 * k], cells[2 * k + 1]);
            }
        }
        return map;
    }

    int find(String account) {
        byte[] name = account.getBytes(StandardCharsets.UTF_8);
        int hash = hash(name, 0, name.length);
        int mask = slots.length - 1;
        for (int slot = hash & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            long entry = slots[slot];
            if ((int) (entry >>> 32) == hash) {
                int at = (int) entry - 1;
                if ((int) INT.get(records, at + 4) == name.length
                        && Arrays.equals(records, at + HEADER, at + HEADER + name.length, name, 0, name.length)) {
                    return (int) INT.get(records, at);
                }
            }
        }
        return -1;
    }

    String name(int id) {
        int at = starts[id];
        return new String(records, at + HEADER, (int) INT.get(records, at + 4), StandardCharsets.UTF_8);
    }

    int size() {
        return size;
    }

    long heapBytes() {
        return records.length + 4L * starts.length + 8L * slots.length;
    }

    private void rehash() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long entry : old) {
            if (entry != 0) {
                int slot = (int) (entry >>> 32) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = entry;
            }
        }
    }

    /**
     * A polynomial hash of the bytes in four interleaved lanes (independent multiply chains, so a 29-byte IBAN
     * does not wait on 29 multiplications in a row), mixed so that the low bits used for the slot depend on all.
     */
    static int hash(byte[] name, int from, int to) {
        int h0 = 1;
        int h1 = 2;
        int h2 = 3;
        int h3 = 4;
        int i = from;
        for (; i + 4 <= to; i += 4) {
            h0 = 31 * h0 + name[i];
            h1 = 31 * h1 + name[i + 1];
            h2 = 31 * h2 + name[i + 2];
            h3 = 31 * h3 + name[i + 3];
        }
        for (; i < to; i++) {
            h0 = 31 * h0 + name[i];
        }
        long h = ((long) h0 << 32 | h1 & 0xFFFFFFFFL) * 0x9E3779B97F4A7C15L
                ^ ((long) h2 << 32 | h3 & 0xFFFFFFFFL) * 0xBF58476D1CE4E5B9L ^ (to - from);
        h ^= h >>> 31;
        h *= 0x94D049BB133111EBL;
        return (int) (h ^ h >>> 29);
    }
}
