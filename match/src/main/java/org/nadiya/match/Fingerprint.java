package org.nadiya.match;

/** A 64-bit fingerprint of a key (FNV-1a, then a MurmurHash3 finaliser so the low bits spread for hash tables). */
public final class Fingerprint {

    private Fingerprint() {
    }

    public static long of(CharSequence text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        return hash ^ (hash >>> 33);
    }
}
