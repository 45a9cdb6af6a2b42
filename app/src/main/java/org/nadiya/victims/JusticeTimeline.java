package org.nadiya.victims;

import java.util.List;

import org.nadiya.security.CurrentUser;

/**
 * A person's timeline of contacts with the justice system: the interviews of {@link VictimSupport} merged with the
 * court hearings of every proceeding the person takes part in (from the {@code cases} API), by date. Seen by
 * those who see the person (404 otherwise, audited).
 */
public interface JusticeTimeline {

    List<JusticeContact> of(CurrentUser user, long personId);
}
