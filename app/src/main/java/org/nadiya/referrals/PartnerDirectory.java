package org.nadiya.referrals;

import org.nadiya.victims.ServiceType;

import java.util.List;
import java.util.Optional;

import org.nadiya.security.CurrentUser;

/**
 * The partner directory. Administrators and coordinators keep it; a partner's own users keep their
 * organisation's entry (services, contacts, capacity); prosecutors and investigators read it.
 */
public interface PartnerDirectory {

    /** Partners offering the service (null: any) in the region (null: any; nationwide partners always match). */
    List<Partner> find(CurrentUser user, ServiceType service, String regionCode);

    Optional<Partner> get(CurrentUser user, String agencyCode);

    /** Adds a new organisation (and its agency of kind PARTNER) or updates an existing entry. */
    Partner save(CurrentUser user, Partner partner);
}
