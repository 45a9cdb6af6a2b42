/**
 * Capacity building: trainings, study visits and workshops, the officials who take part (names encrypted),
 * attendance per day, pre- and post-test scores, certificates, and reports that count distinct persons by agency,
 * role, region and level, the agencies trained for the first time and the knowledge gained per topic.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training")
package org.nadiya.training;
