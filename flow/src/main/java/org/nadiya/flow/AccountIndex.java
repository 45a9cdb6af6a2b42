package org.nadiya.flow;

import java.util.Arrays;

/** Interns account identifiers to dense ints 0..n-1 with an open-addressing table (no boxed keys). */
final class AccountIndex {

    private String[] names = new String[1024];
    private int[] slots = filled(2048);
    private int size;

    int intern(String account) {
        int mask = slots.length - 1;
        int slot = mix(account.hashCode()) & mask;
        while (true) {
            int id = slots[slot];
            if (id < 0) {
                break;
            }
            if (names[id].equals(account)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
        }
        names[size] = account;
        slots[slot] = size;
        size++;
        if (size * 2 > slots.length) {
            rehash();
        }
        return size - 1;
    }

    int find(String account) {
        int mask = slots.length - 1;
        for (int slot = mix(account.hashCode()) & mask; slots[slot] >= 0; slot = (slot + 1) & mask) {
            if (names[slots[slot]].equals(account)) {
                return slots[slot];
            }
        }
        return -1;
    }

    String name(int id) {
        return names[id];
    }

    int size() {
        return size;
    }

    long heapBytes() {
        long strings = 0;
        for (int i = 0; i < size; i++) {
            strings += 40 + names[i].length();
        }
        return strings + 4L * names.length + 4L * slots.length;
    }

    private void rehash() {
        slots = filled(slots.length * 2);
        int mask = slots.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = mix(names[id].hashCode()) & mask;
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
