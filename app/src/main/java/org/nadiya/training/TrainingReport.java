package org.nadiya.training;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The report of {@code GET /api/v1/training/report}: events starting in the period and the distinct persons who
 * took part in them. {@code regions} counts oblasts (central-level participants, region {@code UA}, appear in
 * {@code byRegion} but are not a region); first-time agencies had nobody in any earlier event.
 */
public record TrainingReport(int events, int participants, int regions,
                             @JsonProperty("by_agency") Map<String, Integer> byAgency,
                             @JsonProperty("by_region") Map<String, Integer> byRegion,
                             @JsonProperty("first_time_agencies") List<String> firstTimeAgencies) {
}
