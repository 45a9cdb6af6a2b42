/**
 * Users, roles, agencies and regions, the need-to-know policy, field encryption and its keys.
 * Other modules use {@link org.nadiya.security.CurrentUser}, {@link org.nadiya.security.NeedToKnow} and
 * {@link org.nadiya.security.FieldEncryption}; nothing else of this package's internals.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package org.nadiya.security;
