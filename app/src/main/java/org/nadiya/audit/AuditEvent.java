package org.nadiya.audit;

import java.util.Objects;

/**
 * One thing worth auditing. Never put personal data of victims or witnesses into {@code details}:
 * name the entity by its id or pseudonym code instead.
 *
 * @param actor      who acted: a username, or {@code system:...} for the application itself; when
 *                   {@code null} the signed-in user is taken
 * @param action     what was done, upper snake case, e.g. {@code USER_CREATED}, {@code IDENTITY_READ}
 * @param entityType the kind of thing acted on, e.g. {@code user}, {@code proceeding}
 * @param entityId   its id
 * @param reason     the reason the actor gave, where one is required
 * @param outcome    allowed or denied
 * @param details    short non-personal context
 */
public record AuditEvent(String actor, String action, String entityType, String entityId,
                         String reason, Outcome outcome, String details) {

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
    }

    public static AuditEvent allowed(String action, String entityType, Object entityId) {
        return new AuditEvent(null, action, entityType, entityId == null ? null : entityId.toString(),
                null, Outcome.ALLOWED, null);
    }

    public static AuditEvent denied(String action, String entityType, Object entityId) {
        return new AuditEvent(null, action, entityType, entityId == null ? null : entityId.toString(),
                null, Outcome.DENIED, null);
    }

    public AuditEvent by(String actor) {
        return new AuditEvent(actor, action, entityType, entityId, reason, outcome, details);
    }

    public AuditEvent because(String reason) {
        return new AuditEvent(actor, action, entityType, entityId, reason, outcome, details);
    }

    public AuditEvent with(String details) {
        return new AuditEvent(actor, action, entityType, entityId, reason, outcome, details);
    }
}
