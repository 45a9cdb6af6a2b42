package org.nadiya.referrals.internal;

import java.util.List;

import org.nadiya.referrals.Partner;
import org.nadiya.referrals.PartnerDirectory;
import org.nadiya.victims.ServiceType;
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.NotVisibleException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/partners")
class PartnersApiController {

    private final PartnerDirectory directory;

    PartnersApiController(PartnerDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    List<Partner> find(@RequestParam(required = false) ServiceType service, @RequestParam(required = false) String region) {
        return directory.find(CurrentUser.get(), service, region);
    }

    @GetMapping("/{code}")
    Partner get(@PathVariable String code) {
        return directory.get(CurrentUser.get(), code).orElseThrow(() -> new NotVisibleException("partner", code));
    }

    /** Creates or updates the entry; the path's code wins over the body's. */
    @PutMapping("/{code}")
    Partner save(@PathVariable String code, @RequestBody Partner partner) {
        if (partner.agencyCode() != null && !partner.agencyCode().equalsIgnoreCase(code)) {
            throw new InvalidInputException("agencyCode", "error.referrals.agencyCode.mismatch", partner.agencyCode(), code);
        }
        return directory.save(CurrentUser.get(), new Partner(code, partner.nameUk(), partner.nameEn(), partner.kind(),
                partner.services(), partner.regions(), partner.languages(), partner.contacts(), partner.capacity()));
    }
}
