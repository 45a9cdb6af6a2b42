package org.nadiya.screen;

import java.util.Objects;

/**
 * One recruitment ad as found online. Only {@code id} and {@code text} are required; the other fields are screened
 * with the text (a salary or a contact given in its own field counts like one written in the text).
 */
public record Ad(String id, String text, String title, String company, String location, String salary,
        String contacts, String url) {

    public Ad {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    public static Ad of(String id, String text) {
        return new Ad(id, text, null, null, null, null, null, null);
    }

    /** Whether the ad names its employer in a field of its own. */
    public boolean namesCompany() {
        return company != null && !company.isBlank();
    }

    /**
     * The fields joined one per line (title, company, location, salary, text, contacts, URL): the text that
     * evidence spans point into.
     */
    public String document() {
        var out = new StringBuilder();
        for (String part : new String[] {title, company, location, salary, text, contacts, url}) {
            if (part != null && !part.isBlank()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(part);
            }
        }
        return out.toString();
    }
}
