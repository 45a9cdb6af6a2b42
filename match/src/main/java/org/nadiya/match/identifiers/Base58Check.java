package org.nadiya.match.identifiers;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/** Base58Check as Bitcoin and TRON use it: payload then the first 4 bytes of SHA-256(SHA-256(payload)). */
final class Base58Check {

    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private Base58Check() {
    }

    /** The payload without its checksum, or null when the text is not Base58 or the checksum fails. */
    static byte[] decode(String text) {
        BigInteger value = BigInteger.ZERO;
        for (int i = 0; i < text.length(); i++) {
            int digit = ALPHABET.indexOf(text.charAt(i));
            if (digit < 0) {
                return null;
            }
            value = value.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(digit));
        }
        byte[] magnitude = value.toByteArray();
        int strip = magnitude.length > 1 && magnitude[0] == 0 ? 1 : 0;
        int zeros = 0;
        while (zeros < text.length() && text.charAt(zeros) == '1') {
            zeros++;
        }
        byte[] bytes = new byte[zeros + magnitude.length - strip];
        System.arraycopy(magnitude, strip, bytes, zeros, magnitude.length - strip);
        if (value.signum() == 0) {
            bytes = new byte[zeros];
        }
        if (bytes.length < 5) {
            return null;
        }
        byte[] payload = Arrays.copyOf(bytes, bytes.length - 4);
        byte[] check = Arrays.copyOf(doubleSha256(payload), 4);
        return Arrays.equals(check, Arrays.copyOfRange(bytes, bytes.length - 4, bytes.length)) ? payload : null;
    }

    private static byte[] doubleSha256(byte[] data) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return sha.digest(sha.digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
