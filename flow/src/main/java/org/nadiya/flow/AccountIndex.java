package org.nadiya.flow;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Interns account identifiers to dense ints 0..n-1: names as UTF-8 bytes in one array (no String object per
 * account) behind an open-addressing table of ids, with each name's hash kept for probing and rehashing.
 */
final class AccountIndex {

    private byte[] bytes = new byte[16 * 1024];
    private int length;
    private int[] ends = new int[1024];
    private int[] hashes = new int[1024];
    private int[] slots = filled(2048);
    private int size;

    int intern(String account) {
        byte[] name = account.getBytes(StandardCharsets.UTF_8);
        int hash = mix(Arrays.hashCode(name));
        int mask = slots.length - 1;
        int slot = hash & mask;
        while (true) {
            int id = slots[slot];
            if (id < 0) {
                break;
            }
            if (hashes[id] == hash && same(id, name)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        if (length + name.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + name.length));
        }
        System.arraycopy(name, 0, bytes, length, name.length);
        length += name.length;
        ends[size] = length;
        hashes[size] = hash;
        slots[slot] = size;
        size++;
        if (size * 2 > slots.length) {
            rehash();
        }
        return size - 1;
    }

    int find(String account) {
        byte[] name = account.getBytes(StandardCharsets.UTF_8);
        int hash = mix(Arrays.hashCode(name));
        int mask = slots.length - 1;
        for (int slot = hash & mask; slots[slot] >= 0; slot = (slot + 1) & mask) {
            int id = slots[slot];
            if (hashes[id] == hash && same(id, name)) {
                return id;
            }
        }
        return -1;
    }

    String name(int id) {
        int start = id == 0 ? 0 : ends[id - 1];
        return new String(bytes, start, ends[id] - start, StandardCharsets.UTF_8);
    }

    int size() {
        return size;
    }

    long heapBytes() {
        return bytes.length + 4L * ends.length + 4L * hashes.length + 4L * slots.length;
    }

    private boolean same(int id, byte[] name) {
        int start = id == 0 ? 0 : ends[id - 1];
        return Arrays.equals(bytes, start, ends[id], name, 0, name.length);
    }

    private void rehash() {
        slots = filled(slots.length * 2);
        int mask = slots.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = hashes[id] & mask;
            while (slots[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = id;
        }
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }
}
