package org.nadiya.screening.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.nadiya.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The screening workspace over the API; the rules are those of {@link AdScreeningService}. */
@RestController("adScreeningApiController")
class AdScreeningApiController {

    private final AdScreeningService service;

    AdScreeningApiController(AdScreeningService service) {
        this.service = service;
    }

    @GetMapping("/api/v1/screening/batches")
    @PreAuthorize(ScreeningPageController.WHO)
    List<AdStore.BatchRow> batches() {
        return service.batches(CurrentUser.get());
    }

    /**
     * The body is the file: JSONL ({@code application/x-ndjson}, {@code text/plain}) or CSV ({@code text/csv}).
     * Answers 202 with the batch id; screening goes on in the background (poll the batch's {@code status}).
     */
    @PostMapping(path = "/api/v1/screening/batches", consumes = {"application/x-ndjson", "text/plain", "text/csv",
            "application/jsonl"})
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(ScreeningPageController.WHO)
    Map<String, Long> upload(@RequestBody String body, @RequestParam(required = false) String source,
                             @RequestParam(required = false) String format,
                             @RequestParam(defaultValue = "false") boolean skipBad,
                             @org.springframework.web.bind.annotation.RequestHeader("Content-Type") String contentType) {
        String fmt = format == null || format.isBlank() ? (contentType.startsWith("text/csv") ? "csv" : "jsonl") : format;
        return Map.of("id", service.upload(CurrentUser.get(), source, null, body.getBytes(StandardCharsets.UTF_8), fmt,
                skipBad));
    }

    @GetMapping("/api/v1/screening/batches/{id}")
    @PreAuthorize(ScreeningPageController.WHO)
    AdStore.BatchRow batch(@PathVariable long id) {
        return service.batch(CurrentUser.get(), id);
    }

    @GetMapping("/api/v1/screening/batches/{id}/ads")
    @PreAuthorize(ScreeningPageController.WHO)
    List<AdViews.AdSummary> ads(@PathVariable long id, @RequestParam(required = false) String level,
                                @RequestParam(required = false) String sort) {
        return service.ads(CurrentUser.get(), id, level, sort);
    }

    @GetMapping("/api/v1/screening/ads/{id}")
    @PreAuthorize(ScreeningPageController.WHO)
    AdViews.AdDetail ad(@PathVariable long id) {
        return service.ad(CurrentUser.get(), id);
    }

    record Attachment(Long proceedingId, String note) {
    }

    @PostMapping("/api/v1/screening/ads/{id}/attachments")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(ScreeningPageController.WHO)
    Map<String, Long> attach(@PathVariable long id, @RequestBody Attachment body) {
        if (body.proceedingId() == null) {
            throw new org.nadiya.kernel.InvalidInputException("proceedingId", "error.common.required");
        }
        return Map.of("id", service.attach(CurrentUser.get(), id, body.proceedingId(), body.note()));
    }

    /** Ads attached to a proceeding: its team and supervisors (need-to-know; others 404). */
    @GetMapping("/api/v1/proceedings/{id}/ads")
    List<AdViews.AttachedAd> attached(@PathVariable long id) {
        return service.attachedTo(CurrentUser.get(), id);
    }
}
