/**
 * Append-only, hash-chained audit log: every change, every read of protected data and every denied
 * attempt. {@link org.nadiya.audit.AuditLog} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.nadiya.audit;
