package org.nadiya.security;

import java.util.Set;

/**
 * Something under need-to-know: a proceeding and what is attached to it. Modules describe their
 * records through this interface so that one policy decides for all.
 */
public interface Restricted {

    /** Users who work on it (operatives, investigators, prosecutors of the team). */
    Set<Long> teamUserIds();

    /** Region the record belongs to (ISO 3166-2), used to find its supervisors. */
    String regionCode();
}
