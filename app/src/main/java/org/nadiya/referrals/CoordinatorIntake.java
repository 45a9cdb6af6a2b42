package org.nadiya.referrals;

import java.util.List;

import org.nadiya.security.CurrentUser;
import org.nadiya.victims.ServiceType;

/**
 * Referrals of persons to the regional Coordination Centre by front-line officers (prosecutors, investigators,
 * operatives), shown on the coordinators' dashboard until taken on.
 */
public interface CoordinatorIntake {

    /**
     * Records the person's first need and hands the person to the coordinators of {@code regionCode}. Only for a
     * person the officer registered (a screened person the officer does not otherwise see); anyone else gets 404.
     */
    Handover handOver(CurrentUser officer, long personId, String regionCode, ServiceType need, Priority priority,
                      String origin);

    /** Handovers not yet taken on, of persons the coordinator sees; oldest first. */
    List<Handover> waiting(CurrentUser coordinator);

    /**
     * Whether the handover was made to this coordinator: a coordinator who sees the handed-over person (the
     * coordinators of the person's region, or the one responsible for the person). Not audited: a check for another
     * module's need-to-know, which audits its own reads.
     */
    boolean handedTo(CurrentUser coordinator, long handoverId);

    /** A coordinator who sees the person takes the handover on and becomes its responsible coordinator (audited). */
    Handover take(CurrentUser coordinator, long id);
}
