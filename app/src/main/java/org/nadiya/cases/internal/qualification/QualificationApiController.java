package org.nadiya.cases.internal.qualification;

import org.nadiya.cases.internal.CaseWorkers;
import org.nadiya.cases.qualification.FactsReader;
import org.nadiya.cases.qualification.QualificationAssistant;
import org.nadiya.cases.qualification.QualificationJson;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/qualification}: one facts object gives one result, an array gives an array in the same
 * order. The body is read as text so that the strict reader, not lenient data binding, judges every field.
 */
@RestController
@PreAuthorize(CaseWorkers.ONLY)
class QualificationApiController {

    private final QualificationAssistant assistant;

    QualificationApiController(QualificationAssistant assistant) {
        this.assistant = assistant;
    }

    @PostMapping(path = "/api/v1/qualification", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> qualify(@RequestBody(required = false) String body) {
        var batch = FactsReader.read(body);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(QualificationJson.write(assistant.qualifyAll(batch.facts()), batch.array()));
    }
}
