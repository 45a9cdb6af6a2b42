package org.nadiya.cases;

import org.nadiya.security.CurrentUser;

/**
 * A section another module adds to a proceeding's workspace (its people, its international requests), so that the
 * workspace shows them without {@code cases} depending on those modules. Sections are drawn in {@code @Order},
 * after the proceeding's own, each from the fragment {@code section} of its {@link #template()}, which reads the
 * variables {@code content} (what {@link #content} returned) and {@code proceedingId}.
 */
public interface WorkspaceSection {

    /** The anchor of the section on the page (letters and dashes). */
    String anchor();

    /** Message key of the section's heading and its link in the page's section menu. */
    String titleKey();

    /** The Thymeleaf template holding the fragment {@code section}. */
    String template();

    /**
     * What the section shows to a user who sees the proceeding (the workspace has checked need-to-know), or
     * {@code null} when the user's roles have no part in it: the section is then left out.
     */
    Object content(CurrentUser user, long proceedingId);
}
