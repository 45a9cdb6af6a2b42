package org.nadiya.cooperation.internal;

import java.util.List;

import org.nadiya.cooperation.Cooperation;
import org.nadiya.cooperation.CooperationRequest;
import org.nadiya.cooperation.OverdueSummary;
import org.nadiya.cooperation.RequestDraft;
import org.nadiya.cooperation.RequestStatus;
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.FormInput;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cooperation requests over JSON; every rule is in {@link Cooperation}. */
@RestController
class CooperationApiController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    record StatusChange(String status, String on, String reason) {
    }

    record NewFollowUp(String onDate, String note) {
    }

    private final Cooperation cooperation;

    CooperationApiController(Cooperation cooperation) {
        this.cooperation = cooperation;
    }

    /** Requests visible to the caller; {@code overdue=true} keeps those past their expected answer. */
    @GetMapping("/api/v1/cooperation/requests")
    ResponseEntity<List<CooperationRequest>> list(@RequestParam(defaultValue = "false") boolean overdue,
                                                  @RequestParam(required = false) Long proceedingId) {
        var user = CurrentUser.get();
        var body = proceedingId == null ? cooperation.list(user, overdue)
                : cooperation.ofProceeding(user, proceedingId).stream().filter(r -> !overdue || r.overdue()).toList();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    @GetMapping("/api/v1/cooperation/overdue")
    ResponseEntity<OverdueSummary> overdue() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(cooperation.overdue(CurrentUser.get()));
    }

    @GetMapping("/api/v1/cooperation/requests/{id}")
    ResponseEntity<CooperationRequest> get(@PathVariable long id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(cooperation.get(CurrentUser.get(), id));
    }

    @PostMapping("/api/v1/cooperation/requests")
    CooperationRequest create(@RequestBody RequestDraft draft) {
        var user = CurrentUser.get();
        return cooperation.get(user, cooperation.create(user, draft));
    }

    @PostMapping("/api/v1/cooperation/requests/{id}/status")
    CooperationRequest status(@PathVariable long id, @RequestBody StatusChange change) {
        return cooperation.advance(CurrentUser.get(), id, FormInput.choice(RequestStatus.class, change.status(), "status"),
                FormInput.date(change.on(), "on"), change.reason());
    }

    @PostMapping("/api/v1/cooperation/requests/{id}/follow-ups")
    CooperationRequest followUp(@PathVariable long id, @RequestBody NewFollowUp followUp) {
        var user = CurrentUser.get();
        cooperation.addFollowUp(user, id, FormInput.date(followUp.onDate(), "onDate"), followUp.note());
        return cooperation.get(user, id);
    }

    @GetMapping("/api/v1/cooperation/requests/{id}/draft")
    ResponseEntity<byte[]> draft(@PathVariable long id) {
        return docx(cooperation.draftDocument(CurrentUser.get(), id), id);
    }

    static ResponseEntity<byte[]> docx(byte[] bytes, long id) {
        return ResponseEntity.ok().contentType(DOCX).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("cooperation-request-" + id + ".docx").build().toString())
                .body(bytes);
    }
}
