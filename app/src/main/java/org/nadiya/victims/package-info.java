/**
 * Protected persons (victims and witnesses): pseudonym, non-identifying attributes, identity encrypted per
 * field and shown only after a reasoned, audited need-to-know check, participation in proceedings, consent
 * and prosecutors' disclosure overrides. Other modules use {@link org.nadiya.victims.Persons} (find, visibility)
 * and {@link org.nadiya.victims.Consents#allows} (the consent check before any sharing).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Victims and witnesses")
package org.nadiya.victims;
