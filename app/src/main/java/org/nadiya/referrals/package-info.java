/**
 * Referrals to partner NGOs and state services. This first part is the partner directory: which organisation
 * offers which services, where, in which languages, with how many places.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Referrals")
package org.nadiya.referrals;
