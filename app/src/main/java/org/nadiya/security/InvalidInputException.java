package org.nadiya.security;

/**
 * Input that breaks a rule, with the field it concerns and a message fit to show the user.
 * The web layer answers 400 with both; the CLI prints the message and exits 2.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String reason() {
        String text = getMessage();
        return text.substring(text.indexOf(": ") + 2);
    }
}
