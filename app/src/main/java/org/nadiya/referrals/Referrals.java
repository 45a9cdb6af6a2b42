package org.nadiya.referrals;

import java.util.List;

import org.nadiya.security.CurrentUser;
import org.nadiya.victims.ServiceType;

/**
 * Needs, referrals and coordinators' notifications. Coordinators work with persons they see (the victims module
 * decides: 404 otherwise); partners' users see only referrals addressed to their organisation and only what the
 * person's consent allows at the moment of reading. Other roles get nothing (403).
 */
public interface Referrals {

    Need recordNeed(CurrentUser user, long personId, ServiceType category, Priority priority);

    List<Need> needs(CurrentUser user, long personId);

    Need setNeedStatus(CurrentUser user, long needId, NeedStatus status);

    /** Partners offering the need's service in the person's region. */
    List<Partner> candidates(CurrentUser user, long needId);

    /** What a referral of this need to this partner would share, from the consent now (shown before sending). */
    Disclosure preview(CurrentUser user, long needId, String partnerCode);

    Referral send(CurrentUser user, long needId, String partnerCode);

    List<Referral> list(CurrentUser user);

    /** Referrals of one person (coordinators who see the person). */
    List<Referral> ofPerson(CurrentUser user, long personId);

    /** One referral; a partner's read is audited ({@code REFERRAL_READ}) and carries what is shared now. */
    Referral get(CurrentUser user, long id);

    Referral changeStatus(CurrentUser user, long id, ReferralStatus status, DeclineReason reason, ReferralOutcome outcome);

    /** The duty to inform: persons the coordinator sees who are still to be told of a stage change. */
    List<StageNotification> notifications(CurrentUser user);

    /** Records how and when the person was told; the row leaves the list. 404 for a person the user does not see. */
    void inform(CurrentUser user, long notificationId, InformChannel how, java.time.LocalDate on);
}
