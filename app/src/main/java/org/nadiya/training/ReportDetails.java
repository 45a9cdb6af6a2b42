package org.nadiya.training;

import java.util.List;
import java.util.Map;

/** What the report page adds to {@link TrainingReport}: distinct persons by role and level, gain per topic. */
public record ReportDetails(TrainingReport report, Map<String, Integer> byRole, Map<String, Integer> byLevel,
                            List<TopicGain> knowledgeGain) {

    /** Average post − pre score over the participations with both scores in events covering the topic. */
    public record TopicGain(String topic, int participants, double averageGain) {
    }
}
