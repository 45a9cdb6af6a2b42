package org.nadiya.cases.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.nadiya.kernel.InvalidInputException;

/** Checks of free text and files that users enter. */
final class Texts {

    private Texts() {
    }

    static String required(String field, String text, int max) {
        String value = text == null ? "" : text.trim();
        if (value.isEmpty() || value.length() > max) {
            throw new InvalidInputException(field, "error.common.length", max);
        }
        return value;
    }

    /** Only the last path segment of an uploaded name, without control characters. */
    static String fileName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "_").trim();
        return base.isEmpty() ? "file" : base.length() > 255 ? base.substring(base.length() - 255) : base;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
