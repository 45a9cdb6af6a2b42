package org.nadiya.victims.internal;

import org.nadiya.kernel.InvalidInputException;

/** A free text of a support record: trimmed, bounded, and required or not. Errors never repeat the text. */
final class SupportText {

    private SupportText() {
    }

    static String of(String value, String field, int max, boolean required) {
        String v = value == null ? "" : value.trim();
        if (v.isEmpty()) {
            if (required) {
                throw new InvalidInputException(field, "error.common.requiredShort");
            }
            return null;
        }
        if (v.length() > max) {
            throw new InvalidInputException(field, "error.common.maxChars", max);
        }
        return v;
    }
}
