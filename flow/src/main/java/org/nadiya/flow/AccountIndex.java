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
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
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
     * {@code name}), its id when it is already interned and sits in its first probe slot, else -1 (the caller
     * then interns it one by one, in order). Done in passes over the batch so that the cache misses of different
     * names overlap: hashes first, then every first slot, then every matching record.
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
            long entry = entries[k];
            int id = -1;
            if (entry != 0 && (int) (entry >>> 32) == hashes[k]) {
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
        for (int id = 0; id < other.size; id++) {
            int at = other.starts[id];
            map[id] = intern(other.records, at + HEADER, at + HEADER + (int) INT.get(other.records, at + 4));
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

    /** A hash of the bytes taken eight at a time (an IBAN is four words), mixed so that every bit counts. */
    static int hash(byte[] name, int from, int to) {
        long h = (to - from) * 0x9E3779B97F4A7C15L;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            h = (h ^ (long) LONG.get(name, i)) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        long tail = 0;
        for (; i < to; i++) {
            tail = tail << 8 | (name[i] & 0xFF);
        }
        h = (h ^ tail) * 0x94D049BB133111EBL;
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        return (int) (h ^ h >>> 32);
    }
}
