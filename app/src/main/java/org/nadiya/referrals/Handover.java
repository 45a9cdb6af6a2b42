package org.nadiya.referrals;

import java.time.Instant;

import org.nadiya.victims.ServiceType;

/**
 * A person handed by a front-line officer to the Coordination Centre of the person's region, with the need the
 * officer saw first. Waiting until a coordinator of the region takes it on ({@code takenAt}).
 *
 * @param origin what produced the handover, e.g. {@code SCREENING}
 */
public record Handover(long id, long personId, long needId, ServiceType service, Priority priority, String regionCode,
                       String fromAgency, String origin, Instant sentAt, String sentBy, Instant takenAt, String takenBy) {
}
