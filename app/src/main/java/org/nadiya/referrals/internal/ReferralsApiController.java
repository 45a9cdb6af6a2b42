package org.nadiya.referrals.internal;

import java.util.List;
import java.util.Map;

import org.nadiya.referrals.DeclineReason;
import org.nadiya.referrals.Disclosure;
import org.nadiya.referrals.Need;
import org.nadiya.referrals.NeedStatus;
import org.nadiya.referrals.Partner;
import org.nadiya.referrals.Priority;
import org.nadiya.referrals.Referral;
import org.nadiya.referrals.ReferralOutcome;
import org.nadiya.referrals.ReferralStatus;
import org.nadiya.referrals.Referrals;
import org.nadiya.referrals.StageNotification;
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.victims.ServiceType;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Needs, referrals and notifications over JSON; every rule is in {@link Referrals}. */
@RestController
class ReferralsApiController {

    record NewNeed(Long personId, ServiceType category, Priority priority) {
    }

    record NeedStatusChange(NeedStatus status) {
    }

    record NewReferral(Long needId, String partnerCode) {
    }

    record StatusChange(ReferralStatus status, DeclineReason declineReason, ReferralOutcome outcome) {
    }

    private final Referrals referrals;

    ReferralsApiController(Referrals referrals) {
        this.referrals = referrals;
    }

    @GetMapping("/api/v1/needs")
    List<Need> needs(@RequestParam long personId) {
        return referrals.needs(CurrentUser.get(), personId);
    }

    @PostMapping("/api/v1/needs")
    Need recordNeed(@RequestBody NewNeed need) {
        if (need.personId() == null) {
            throw new InvalidInputException("personId", "error.common.person.required");
        }
        return referrals.recordNeed(CurrentUser.get(), need.personId(), need.category(), need.priority());
    }

    @PostMapping("/api/v1/needs/{id}/status")
    Need needStatus(@PathVariable long id, @RequestBody NeedStatusChange change) {
        return referrals.setNeedStatus(CurrentUser.get(), id, change.status());
    }

    @GetMapping("/api/v1/needs/{id}/partners")
    List<Partner> candidates(@PathVariable long id) {
        return referrals.candidates(CurrentUser.get(), id);
    }

    @GetMapping("/api/v1/needs/{id}/disclosure")
    Disclosure preview(@PathVariable long id, @RequestParam String partnerCode) {
        return referrals.preview(CurrentUser.get(), id, partnerCode);
    }

    @GetMapping("/api/v1/referrals")
    ResponseEntity<List<Referral>> list() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(referrals.list(CurrentUser.get()));
    }

    @PostMapping("/api/v1/referrals")
    Referral send(@RequestBody NewReferral referral) {
        if (referral.needId() == null) {
            throw new InvalidInputException("needId", "error.referrals.need.required");
        }
        return referrals.send(CurrentUser.get(), referral.needId(), referral.partnerCode());
    }

    @GetMapping("/api/v1/referrals/{id}")
    ResponseEntity<Referral> get(@PathVariable long id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(referrals.get(CurrentUser.get(), id));
    }

    @PostMapping("/api/v1/referrals/{id}/status")
    Referral status(@PathVariable long id, @RequestBody StatusChange change) {
        return referrals.changeStatus(CurrentUser.get(), id, change.status(), change.declineReason(), change.outcome());
    }

    @GetMapping("/api/v1/notifications")
    List<StageNotification> notifications() {
        return referrals.notifications(CurrentUser.get());
    }

    /** How and on which day the person was told. */
    record Informed(org.nadiya.referrals.InformChannel how, java.time.LocalDate informedOn) {
    }

    @PostMapping("/api/v1/notifications/{id}/inform")
    Map<String, Object> inform(@PathVariable long id, @RequestBody(required = false) Informed informed) {
        referrals.inform(CurrentUser.get(), id, informed == null ? null : informed.how(),
                informed == null ? null : informed.informedOn());
        return Map.of("id", id, "informed", true);
    }
}
