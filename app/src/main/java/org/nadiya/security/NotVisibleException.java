package org.nadiya.security;

/**
 * The record does not exist, or the user may not know that it exists: both answer 404 so that
 * existence does not leak.
 */
public class NotVisibleException extends RuntimeException {

    public NotVisibleException(String entityType, Object id) {
        super(entityType + " " + id + " not found");
    }
}
