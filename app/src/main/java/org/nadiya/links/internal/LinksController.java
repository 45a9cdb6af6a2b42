package org.nadiya.links.internal;

import org.nadiya.links.IdentifierSource;
import org.nadiya.links.Links;
import org.nadiya.links.NewIdentifier;
import org.nadiya.match.identifiers.IdentifierKind;
import org.nadiya.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The links page of a proceeding: its identifiers, the hits to other proceedings and the requests to open them. */
@Controller
class LinksController {

    private final Links links;
    private final org.nadiya.security.ReferenceData reference;
    private final org.nadiya.cases.Proceedings proceedings;
    private final org.nadiya.victims.ProceedingPersons people;

    LinksController(Links links, org.nadiya.security.ReferenceData reference, org.nadiya.cases.Proceedings proceedings,
                    org.nadiya.victims.ProceedingPersons people) {
        this.people = people;
        this.links = links;
        this.reference = reference;
        this.proceedings = proceedings;
    }

    @GetMapping("/proceedings/{id}/links")
    String page(@PathVariable long id, Model model) {
        var user = CurrentUser.get();
        model.addAttribute("proceedingId", id);
        model.addAttribute("identifiers", links.identifiers(user, id));
        model.addAttribute("hits", links.hits(user, id));
        var organisations = links.organisations(user, id);
        model.addAttribute("organisations", organisations);
        model.addAttribute("organisationNames", organisations.stream().collect(java.util.stream.Collectors.toMap(
                org.nadiya.links.Organisation::id, org.nadiya.links.Organisation::name)));
        model.addAttribute("kinds", IdentifierKind.values());
        model.addAttribute("persons", people.seenBy(user, id));
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        model.addAttribute("agencies", reference.agencies().stream().collect(java.util.stream.Collectors.toMap(
                org.nadiya.security.Agency::code, a -> a.name(locale))));
        model.addAttribute("regions", reference.regions().stream().collect(java.util.stream.Collectors.toMap(
                org.nadiya.security.Region::code, r -> r.name(locale))));
        return "links/proceeding";
    }

    /** The graph page; the script reads the graph from the API (no inline script under the CSP). */
    @GetMapping("/proceedings/{id}/network")
    String network(@PathVariable long id, Model model) {
        links.hits(CurrentUser.get(), id);
        model.addAttribute("proceedingId", id);
        model.addAttribute("erdrNumber", proceedings.open(CurrentUser.get(), id).erdrNumber());
        return "links/network";
    }

    /** Marks a hit's notices read and returns to the home page's notices. */
    @PostMapping("/links/notices/{hitId}/read")
    String markRead(@PathVariable long hitId) {
        links.markNoticesRead(CurrentUser.get(), hitId);
        return "redirect:/#notices";
    }

    @GetMapping("/links/search")
    String search(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            model.addAttribute("result", links.search(CurrentUser.get(), q));
        }
        return "links/search";
    }

    @PostMapping("/proceedings/{id}/links/identifiers")
    String add(@PathVariable long id, @RequestParam String kind, @RequestParam String value,
               @RequestParam(required = false) Long personId, @RequestParam(required = false) Long organisationId) {
        links.add(CurrentUser.get(), id, new NewIdentifier(kind, value, personId, organisationId), IdentifierSource.MANUAL);
        return "redirect:/proceedings/" + id + "/links";
    }

    @PostMapping("/proceedings/{id}/links/organisations")
    String addOrganisation(@PathVariable long id, @RequestParam String name) {
        links.addOrganisation(CurrentUser.get(), id, name);
        return "redirect:/proceedings/" + id + "/links#organisations";
    }

    @PostMapping("/proceedings/{id}/links/import")
    String importCsv(@PathVariable long id, @RequestParam String csv) {
        links.importCsv(CurrentUser.get(), id, csv);
        return "redirect:/proceedings/" + id + "/links";
    }

    @PostMapping("/proceedings/{id}/links/hits/{hitId}/request")
    String request(@PathVariable long id, @PathVariable long hitId, @RequestParam String reason) {
        links.requestAccess(CurrentUser.get(), hitId, reason);
        return "redirect:/proceedings/" + id + "/links";
    }

    @PostMapping("/proceedings/{id}/links/requests/{requestId}")
    String decide(@PathVariable long id, @PathVariable long requestId, @RequestParam boolean accept,
                  @RequestParam(required = false) String reason) {
        links.decide(CurrentUser.get(), requestId, accept, reason);
        return "redirect:/proceedings/" + id + "/links";
    }
}
