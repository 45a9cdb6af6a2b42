package org.nadiya.identification;

import org.nadiya.identification.indicators.Catalogue;
import org.nadiya.security.CurrentUser;

/**
 * Screenings of potential victims. Screening is for prosecutors, investigators and operatives (the Migration
 * Police are operatives of their agency); reports also for analysts, coordinators and administrators. Partners
 * and researchers get 403.
 */
public interface Screenings {

    Catalogue catalogue();

    /**
     * Scores and stores a screening. Without consent only the anonymous record is kept; with consent, in the same
     * transaction, a protected person is registered, handed to the regional coordinators with a need, and linked
     * to the proceeding (with a note) if one is named and the officer sees it. Idempotent on {@code clientRef}.
     */
    ScreeningResult submit(CurrentUser officer, ScreeningRequest request);

    /**
     * A stored screening by its reference ({@link ScreeningResult#ref()}), for the officer who made it, supervisors
     * of its region and the coordinators it was handed to; 404 for anyone else and when unknown (audited).
     */
    ScreeningResult result(CurrentUser user, String ref);

    ScreeningSummary summary(CurrentUser user);
}
