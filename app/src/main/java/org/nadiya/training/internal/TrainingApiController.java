package org.nadiya.training.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.CsvDownload;
import org.nadiya.kernel.FormInput;
import org.nadiya.training.ImportRejectedException;
import org.nadiya.training.NewEvent;
import org.nadiya.training.NewParticipant;
import org.nadiya.training.Participant;
import org.nadiya.training.Topic;
import org.nadiya.training.Training;
import org.nadiya.training.TrainingEvent;
import org.nadiya.training.TrainingReport;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Capacity-building records over JSON; every rule is in {@link Training}. */
@RestController
class TrainingApiController {

    private final Training training;

    TrainingApiController(Training training) {
        this.training = training;
    }

    /** Distinct persons of the events starting between the two dates (inclusive). */
    @GetMapping("/api/v1/training/report")
    TrainingReport report(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return training.report(CurrentUser.get(), FormInput.date(from, "from"), FormInput.date(to, "to"));
    }

    @GetMapping("/api/v1/training/report.csv")
    ResponseEntity<byte[]> reportCsv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                     @RequestParam(defaultValue = "false") boolean published) {
        return CsvDownload.forPrograms("training-report.csv", training.reportCsv(CurrentUser.get(),
                FormInput.date(from, "from"), FormInput.date(to, "to"), published));
    }

    @GetMapping("/api/v1/training/topics")
    List<Topic> topics() {
        return training.topics();
    }

    @GetMapping("/api/v1/training/events")
    List<TrainingEvent> events() {
        return training.events(CurrentUser.get());
    }

    @GetMapping("/api/v1/training/events/{id}")
    TrainingEvent event(@PathVariable long id) {
        return training.event(CurrentUser.get(), id);
    }

    @PostMapping("/api/v1/training/events")
    TrainingEvent create(@RequestBody NewEvent event) {
        var user = CurrentUser.get();
        return training.event(user, training.create(user, event));
    }

    @GetMapping("/api/v1/training/events/{id}/participants")
    ResponseEntity<List<Participant>> participants(@PathVariable long id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(training.participants(CurrentUser.get(), id));
    }

    @PostMapping("/api/v1/training/events/{id}/participants")
    Map<String, Long> add(@PathVariable long id, @RequestBody NewParticipant participant) {
        return Map.of("personId", training.addParticipant(CurrentUser.get(), id, participant));
    }

    @PostMapping("/api/v1/training/events/{id}/import")
    Map<String, Integer> importFile(@PathVariable long id, @RequestParam(required = false) MultipartFile file)
            throws IOException {
        return Map.of("imported", training.importParticipants(CurrentUser.get(), id,
                file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes()));
    }

    @GetMapping("/api/v1/training/events/{id}/participants/{personId}/certificate")
    ResponseEntity<byte[]> certificate(@PathVariable long id, @PathVariable long personId) {
        return pdf(training.certificate(CurrentUser.get(), id, personId), id, personId);
    }

    static ResponseEntity<byte[]> pdf(byte[] body, long eventId, long personId) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("certificate-" + eventId + "-" + personId + ".pdf").build().toString())
                .body(body);
    }

}
