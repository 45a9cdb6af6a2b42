package org.nadiya.victims;

import java.util.Locale;

import org.nadiya.kernel.InvalidInputException;

/**
 * Who receives what a consent lets out: a named partner organisation (agency code of kind PARTNER), any provider
 * of a service type, or a foreign authority for a named request.
 *
 * @param code    agency code, service type name, or the foreign authority's name
 * @param request the named request (foreign authorities only)
 */
public record Recipient(Kind kind, String code, String request) {

    public enum Kind {
        PARTNER,
        SERVICE,
        FOREIGN_AUTHORITY
    }

    public Recipient {
        if (kind == null) {
            throw new InvalidInputException("recipientKind", "error.victims.recipientKind.choose");
        }
        code = code == null ? "" : code.trim();
        request = request == null || request.isBlank() ? null : request.trim();
        if (code.isEmpty() || code.length() > 200) {
            throw new InvalidInputException("recipient", "error.victims.recipient.length");
        }
        switch (kind) {
            case PARTNER -> code = code.toUpperCase(Locale.ROOT);
            case SERVICE -> {
                try {
                    code = ServiceType.valueOf(code.toUpperCase(Locale.ROOT)).name();
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("recipient", "error.victims.recipient.service", java.util.Arrays.toString(ServiceType.values()));
                }
            }
            case FOREIGN_AUTHORITY -> {
                if (request == null || request.length() > 200) {
                    throw new InvalidInputException("recipientRequest", "error.victims.recipientRequest.length");
                }
            }
        }
        if (kind != Kind.FOREIGN_AUTHORITY) {
            request = null;
        }
    }

    public static Recipient partner(String agencyCode) {
        return new Recipient(Kind.PARTNER, agencyCode, null);
    }

    public static Recipient service(ServiceType type) {
        return new Recipient(Kind.SERVICE, type.name(), null);
    }

    public static Recipient foreignAuthority(String authority, String request) {
        return new Recipient(Kind.FOREIGN_AUTHORITY, authority, request);
    }

    @Override
    public String toString() {
        return kind + ":" + code + (request == null ? "" : " (" + request + ")");
    }
}
