package org.nadiya.cases.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nadiya.cases.ExploitationForm;
import org.nadiya.cases.InvestigativeBody;
import org.nadiya.cases.LegalQualification;
import org.nadiya.cases.Proceeding;
import org.nadiya.cases.ProceedingDraft;
import org.nadiya.cases.ProceedingFilter;
import org.nadiya.cases.ProceedingPage;
import org.nadiya.cases.Proceedings;
import org.nadiya.cases.Stage;
import org.nadiya.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The register over HTTP, with the same service and need-to-know checks as the pages. */
@RestController
@RequestMapping("/api/v1/proceedings")
@PreAuthorize(CaseWorkers.ONLY)
class ProceedingsApiController {

    private final Proceedings proceedings;

    ProceedingsApiController(Proceedings proceedings) {
        this.proceedings = proceedings;
    }

    @GetMapping
    ProceedingPage list(@RequestParam(required = false) String region, @RequestParam(required = false) String article,
                        @RequestParam(required = false) Integer part, @RequestParam(required = false) Stage stage,
                        @RequestParam(required = false) InvestigativeBody body,
                        @RequestParam(required = false) Integer deadlineWithinDays,
                        @RequestParam(required = false) Boolean crsv, @RequestParam(required = false) Boolean transnational,
                        @RequestParam(required = false) String erdr, @RequestParam(defaultValue = "0") int page,
                        @RequestParam(defaultValue = "25") int pageSize) {
        return proceedings.search(CurrentUser.get(), new ProceedingFilter(region, article, part, stage, body,
                deadlineWithinDays, crsv, transnational, erdr, page, pageSize));
    }

    /** A proceeding as the API takes it; qualifications are written "149.2". */
    record ProceedingRequest(String erdrNumber, LocalDate registeredOn, String regionCode, String summary,
                             List<String> qualifications, Boolean crsv, Boolean transnational, Set<String> countries,
                             Set<ExploitationForm> exploitationForms, InvestigativeBody investigativeBody,
                             String bodyReason, Integer version) {

        ProceedingDraft toDraft() {
            return new ProceedingDraft(erdrNumber, registeredOn, regionCode, summary,
                    qualifications == null ? List.of() : qualifications.stream().map(LegalQualification::parse).toList(),
                    Boolean.TRUE.equals(crsv), Boolean.TRUE.equals(transnational),
                    countries == null ? Set.of() : countries, exploitationForms == null ? Set.of() : exploitationForms,
                    investigativeBody, bodyReason);
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Proceeding create(@RequestBody ProceedingRequest request) {
        var user = CurrentUser.get();
        long id = proceedings.register(user, request.toDraft());
        return proceedings.open(user, id);
    }

    @GetMapping("/{id}")
    Proceeding read(@PathVariable long id) {
        return proceedings.open(CurrentUser.get(), id);
    }

    @PutMapping("/{id}")
    Proceeding update(@PathVariable long id, @RequestBody ProceedingRequest request) {
        var user = CurrentUser.get();
        if (request.version() == null) {
            throw new org.nadiya.kernel.InvalidInputException("version", "error.cases.version.required");
        }
        proceedings.update(user, id, request.toDraft(), request.version());
        return proceedings.open(user, id);
    }

    record DecisionRequest(tools.jackson.databind.JsonNode facts, String decided, String overrideReason) {
    }

    /** The prosecutor's qualification decision on the assistant's advice for these facts. */
    @PostMapping("/{id}/qualification")
    @ResponseStatus(HttpStatus.CREATED)
    org.nadiya.cases.QualificationDecision decide(@PathVariable long id, @RequestBody DecisionRequest request) {
        return proceedings.decideQualification(CurrentUser.get(), id,
                request.facts() == null ? null : request.facts().toString(), request.decided(), request.overrideReason());
    }

    record TransitionRequest(Stage stage, LocalDate on, String note) {
    }

    @PostMapping("/{id}/transitions")
    Map<String, Object> move(@PathVariable long id, @RequestBody TransitionRequest request) {
        var user = CurrentUser.get();
        proceedings.move(user, id, request.stage(), request.on(), request.note());
        return Map.of("id", id, "stage", proceedings.open(user, id).stage());
    }
}
