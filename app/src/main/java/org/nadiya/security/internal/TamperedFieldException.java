package org.nadiya.security.internal;

/** A ciphertext that does not decrypt: altered, copied to another field, or made with another key. */
class TamperedFieldException extends RuntimeException {

    TamperedFieldException(String message) {
        super(message);
    }
}
