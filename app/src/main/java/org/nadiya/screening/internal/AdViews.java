package org.nadiya.screening.internal;

import java.time.Instant;
import java.util.List;

import org.nadiya.links.KeyHits;
import org.nadiya.screen.Ad;
import org.nadiya.screen.IndicatorHit;

/** What the workspace pages and the API show of stored ads. */
final class AdViews {

    private AdViews() {
    }

    /**
     * One row of a batch's results: {@code ref} is the ad's own id from the file, {@code openHits} proceedings
     * the user sees that hold one of its selectors, {@code closedHits} others that do (hit/no-hit).
     */
    public record AdSummary(long id, int line, String ref, String preview, double risk, String level,
                            List<String> codes, int selectors, int openHits, int closedHits) {

        public boolean hit() {
            return openHits + closedHits > 0;
        }
    }

    /** A selector of a stored ad with what links knows of it (null when no proceeding holds it) and other ads. */
    public record SelectorView(String type, String value, String matchKey, KeyHits hits, long otherAds) {
    }

    public record AttachmentView(long proceedingId, String attachedBy, Instant attachedAt, String note) {
    }

    public record AdDetail(long id, AdStore.BatchRow batch, int line, Ad ad, double risk, String level, String language,
                           String rulesVersion, String rulesSha256, Instant screenedAt, List<IndicatorHit> indicators,
                           List<Highlight> pieces, List<SelectorView> selectors, List<AttachmentView> attachments) {

        public boolean hit() {
            return selectors.stream().anyMatch(s -> s.hits() != null && s.hits().any());
        }
    }

    /** An ad attached to a proceeding, as the proceeding's team sees it. */
    public record AttachedAd(long adId, String ref, String preview, double risk, String level, String attachedBy,
                             Instant attachedAt, String note) {
    }
}
