package org.nadiya.referrals;

import java.time.LocalDate;

import org.nadiya.victims.ServiceType;

/** A person's need for a kind of help. No free text: the category, priority and status say what is needed. */
public record Need(long id, long personId, ServiceType category, Priority priority, NeedStatus status,
                   LocalDate recordedOn, String recordedBy) {
}
