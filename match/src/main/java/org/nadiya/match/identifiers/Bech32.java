package org.nadiya.match.identifiers;

import java.util.Locale;

/** Bech32 (BIP-173) and Bech32m (BIP-350) checksums of segwit addresses ("bc1..."). */
final class Bech32 {

    private static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static final int BECH32 = 1;
    private static final int BECH32M = 0x2bc830a3;
    private static final int[] GENERATOR = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};

    private Bech32() {
    }

    /** The problem with a segwit address for the given human-readable part, or null when it is valid. */
    static String problem(String address, String hrp) {
        if (!address.equals(address.toLowerCase(Locale.ROOT)) && !address.equals(address.toUpperCase(Locale.ROOT))) {
            return "mixes upper and lower case";
        }
        String text = address.toLowerCase(Locale.ROOT);
        int separator = text.lastIndexOf('1');
        if (!text.startsWith(hrp + "1") || separator != hrp.length() || text.length() > 90) {
            return "is not a " + hrp + "1... address";
        }
        int[] data = new int[text.length() - separator - 1];
        for (int i = 0; i < data.length; i++) {
            data[i] = CHARSET.indexOf(text.charAt(separator + 1 + i));
            if (data[i] < 0) {
                return "has a character outside the Bech32 alphabet";
            }
        }
        if (data.length < 7) {
            return "is too short";
        }
        int witnessVersion = data[0];
        int expected = witnessVersion == 0 ? BECH32 : BECH32M;
        if (polymod(hrp, data) != expected) {
            return "has a wrong checksum (a typo?)";
        }
        int programBits = (data.length - 7) * 5;
        int programBytes = programBits / 8;
        if (witnessVersion > 16 || programBytes < 2 || programBytes > 40
                || (witnessVersion == 0 && programBytes != 20 && programBytes != 32)) {
            return "has a witness program of the wrong length";
        }
        return null;
    }

    private static int polymod(String hrp, int[] data) {
        int chk = 1;
        int[] expanded = new int[hrp.length() * 2 + 1 + data.length];
        for (int i = 0; i < hrp.length(); i++) {
            expanded[i] = hrp.charAt(i) >> 5;
            expanded[hrp.length() + 1 + i] = hrp.charAt(i) & 31;
        }
        System.arraycopy(data, 0, expanded, hrp.length() * 2 + 1, data.length);
        for (int value : expanded) {
            int top = chk >>> 25;
            chk = (chk & 0x1ffffff) << 5 ^ value;
            for (int i = 0; i < 5; i++) {
                if (((top >>> i) & 1) != 0) {
                    chk ^= GENERATOR[i];
                }
            }
        }
        return chk;
    }
}
