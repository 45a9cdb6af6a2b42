package org.nadiya.victims.internal;

import java.util.List;

import org.nadiya.security.CurrentUser;
import org.nadiya.victims.ProceedingPersons;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The victims and witnesses of a proceeding, as its workspace shows them (pseudonyms, never identity). */
@RestController
@PreAuthorize("hasAnyRole('ADMIN','PROSECUTOR','INVESTIGATOR','OPERATIVE','ANALYST','COORDINATOR')")
class ProceedingPeopleApiController {

    private final ProceedingPersons people;

    ProceedingPeopleApiController(ProceedingPersons people) {
        this.people = people;
    }

    @GetMapping("/api/v1/proceedings/{id}/persons")
    ResponseEntity<List<ProceedingPersons.Line>> of(@PathVariable long id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(people.of(CurrentUser.get(), id));
    }
}
