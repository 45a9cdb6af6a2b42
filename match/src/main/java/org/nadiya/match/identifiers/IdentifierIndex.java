package org.nadiya.match.identifiers;

import java.util.Arrays;

import org.nadiya.match.Fingerprint;

/**
 * Which owners (proceedings, as dense int ids) hold an identifier: an open-addressing table of 64-bit fingerprints
 * of {@link Identifier#matchKey()}, 12 bytes a slot, no object per entry. A fingerprint collision could report a
 * false owner with odds of about n/2^64 per look-up, so callers confirm a hit against the stored identifier before
 * telling anyone.
 */
public final class IdentifierIndex {

    private static final long EMPTY = 0L;

    private long[] fingerprints;
    private int[] owners;
    private int size;

    public IdentifierIndex(int expectedEntries) {
        int capacity = Integer.highestOneBit(Math.max(16, (int) (expectedEntries / 0.6)) - 1) << 1;
        fingerprints = new long[capacity];
        owners = new int[capacity];
    }

    /** Records that the owner holds the identifier; adding the same pair twice keeps one entry. */
    public void add(String matchKey, int owner) {
        if (size + 1 > fingerprints.length * 0.7) {
            grow();
        }
        insert(nonZero(Fingerprint.of(matchKey)), owner);
    }

    public int size() {
        return size;
    }

    /** The owners holding the identifier, in no particular order; empty when none. */
    public int[] owners(String matchKey) {
        long fingerprint = nonZero(Fingerprint.of(matchKey));
        int mask = fingerprints.length - 1;
        int[] found = new int[4];
        int count = 0;
        for (int slot = (int) fingerprint & mask; fingerprints[slot] != EMPTY; slot = (slot + 1) & mask) {
            if (fingerprints[slot] == fingerprint) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = owners[slot];
            }
        }
        return Arrays.copyOf(found, count);
    }

    private void insert(long fingerprint, int owner) {
        int mask = fingerprints.length - 1;
        int slot = (int) fingerprint & mask;
        while (fingerprints[slot] != EMPTY) {
            if (fingerprints[slot] == fingerprint && owners[slot] == owner) {
                return;
            }
            slot = (slot + 1) & mask;
        }
        fingerprints[slot] = fingerprint;
        owners[slot] = owner;
        size++;
    }

    private void grow() {
        long[] oldFingerprints = fingerprints;
        int[] oldOwners = owners;
        fingerprints = new long[oldFingerprints.length * 2];
        owners = new int[oldOwners.length * 2];
        size = 0;
        for (int i = 0; i < oldFingerprints.length; i++) {
            if (oldFingerprints[i] != EMPTY) {
                insert(oldFingerprints[i], oldOwners[i]);
            }
        }
    }

    private static long nonZero(long fingerprint) {
        return fingerprint == EMPTY ? 1L : fingerprint;
    }
}
