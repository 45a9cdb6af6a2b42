package org.nadiya.security.internal;

/** The key file is missing, unreadable, too open or lacks a key the data needs. */
class KeyFileException extends RuntimeException {

    KeyFileException(String message) {
        super(message);
    }
}
