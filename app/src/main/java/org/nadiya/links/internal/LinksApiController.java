package org.nadiya.links.internal;

import java.util.List;
import java.util.Map;

import org.nadiya.links.Hit;
import org.nadiya.links.IdentifierSource;
import org.nadiya.links.LinkedIdentifier;
import org.nadiya.links.Links;
import org.nadiya.links.NewIdentifier;
import org.nadiya.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Identifiers and hits over the API; the rules are in {@link Links}. */
@RestController
class LinksApiController {

    private final Links links;

    LinksApiController(Links links) {
        this.links = links;
    }

    @GetMapping("/api/v1/proceedings/{id}/identifiers")
    List<LinkedIdentifier> identifiers(@PathVariable long id) {
        return links.identifiers(CurrentUser.get(), id);
    }

    @PostMapping("/api/v1/proceedings/{id}/identifiers")
    @ResponseStatus(HttpStatus.CREATED)
    LinkedIdentifier add(@PathVariable long id, @RequestBody NewIdentifier identifier) {
        return links.add(CurrentUser.get(), id, identifier, IdentifierSource.MANUAL);
    }

    @GetMapping("/api/v1/proceedings/{id}/organisations")
    List<org.nadiya.links.Organisation> organisations(@PathVariable long id) {
        return links.organisations(CurrentUser.get(), id);
    }

    record OrganisationName(String name) {
    }

    @PostMapping("/api/v1/proceedings/{id}/organisations")
    @ResponseStatus(HttpStatus.CREATED)
    org.nadiya.links.Organisation addOrganisation(@PathVariable long id, @RequestBody OrganisationName body) {
        return links.addOrganisation(CurrentUser.get(), id, body == null ? null : body.name());
    }

    /** The body is the CSV text ({@code kind,value[,personId]} per line). */
    @PostMapping(path = "/api/v1/proceedings/{id}/identifiers/import", consumes = {"text/csv", "text/plain"})
    Map<String, Integer> importCsv(@PathVariable long id, @RequestBody String csv) {
        return Map.of("stored", links.importCsv(CurrentUser.get(), id, csv));
    }

    @GetMapping("/api/v1/links/search")
    org.nadiya.links.SearchResult search(@org.springframework.web.bind.annotation.RequestParam String q) {
        return links.search(CurrentUser.get(), q);
    }

    @GetMapping("/api/v1/proceedings/{id}/network")
    org.nadiya.links.Network network(@PathVariable long id) {
        return links.network(CurrentUser.get(), id);
    }

    /** One FollowTheMoney entity: its id, schema and property values (each a list of strings). */
    @io.swagger.v3.oas.annotations.media.Schema(description = "A FollowTheMoney 3.8 entity")
    record FtmEntity(String id, String schema, Map<String, List<String>> properties) {
    }

    /** FollowTheMoney entities, as a file to save. */
    @io.swagger.v3.oas.annotations.Operation(summary = "The proceeding's network as FollowTheMoney 3.8 entities")
    @GetMapping(path = "/api/v1/proceedings/{id}/network/ftm", produces = "application/json")
    @SuppressWarnings("unchecked")
    org.springframework.http.ResponseEntity<List<FtmEntity>> entities(@PathVariable long id) {
        return org.springframework.http.ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"proceeding-" + id + "-ftm.json\"")
                .body(links.exportEntities(CurrentUser.get(), id).stream().map(e -> new FtmEntity((String) e.get("id"),
                        (String) e.get("schema"), (Map<String, List<String>>) e.get("properties"))).toList());
    }

    @GetMapping("/api/v1/proceedings/{id}/hits")
    List<Hit> hits(@PathVariable long id) {
        return links.hits(CurrentUser.get(), id);
    }

    record Reason(String reason) {
    }

    record Decision(boolean accept, String reason) {
    }

    @PostMapping("/api/v1/hits/{id}/requests")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> request(@PathVariable long id, @RequestBody Reason body) {
        return Map.of("id", links.requestAccess(CurrentUser.get(), id, body.reason()));
    }

    @PostMapping("/api/v1/hit-requests/{id}/decision")
    Map<String, String> decide(@PathVariable long id, @RequestBody Decision body) {
        links.decide(CurrentUser.get(), id, body.accept(), body.reason());
        return Map.of("state", body.accept() ? "ACCEPTED" : "DECLINED");
    }

    /** The caller's notices of hits (new hits, requests to decide, answers to the team's requests). */
    @GetMapping("/api/v1/hit-notices")
    List<org.nadiya.links.HitNotice> notices() {
        return links.notices(CurrentUser.get());
    }

    @PostMapping("/api/v1/hit-notices/{hitId}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void markRead(@PathVariable long hitId) {
        links.markNoticesRead(CurrentUser.get(), hitId);
    }
}
