package org.nadiya.victims.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.nadiya.cases.ExploitationForm;
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.ReferenceData;
import org.nadiya.security.Role;
import org.nadiya.victims.ConsentGrant;
import org.nadiya.victims.ConsentScope;
import org.nadiya.victims.Consents;
import org.nadiya.victims.Identity;
import org.nadiya.victims.PersonKind;
import org.nadiya.victims.Persons;
import org.nadiya.victims.Recipient;
import org.nadiya.victims.ServiceType;
import org.nadiya.victims.DecidingBody;
import org.nadiya.victims.InterviewPurpose;
import org.nadiya.victims.InterviewStatus;
import org.nadiya.victims.RiskLevel;
import org.nadiya.victims.StatusDecision;
import org.nadiya.victims.VictimSupport;
import org.springframework.context.i18n.LocaleContextHolder;
import java.util.stream.Collectors;
import org.nadiya.victims.Sex;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The persons list (pseudonyms only), the registration form and the person's page with participations, consents,
 * overrides and the "show identity" form. Identity is shown once, in the answer to that form, never in a link.
 */
@Controller
@RequestMapping("/persons")
class PersonsController {

    private final Persons persons;
    private final Consents consents;
    private final PersonService service;
    private final ReferenceData reference;
    private final VictimSupport support;
    private final PersonRecordService records;
    private final org.nadiya.victims.JusticeTimeline timeline;
    private final DuplicateCheck duplicates;

    PersonsController(Persons persons, Consents consents, PersonService service, ReferenceData reference,
                      VictimSupport support, PersonRecordService records, org.nadiya.victims.JusticeTimeline timeline,
                      DuplicateCheck duplicates) {
        this.duplicates = duplicates;
        this.timeline = timeline;
        this.records = records;
        this.persons = persons;
        this.consents = consents;
        this.service = service;
        this.reference = reference;
        this.support = support;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", persons.list(CurrentUser.get(), page, 25));
        return "persons/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return form(model, PersonForm.empty(CurrentUser.get().regionCode()), null);
    }

    /**
     * Registers a person. When persons the user sees may be the same person (names, dates of birth, phones), the form
     * comes back with them (pseudonym, score, evidence) and the user decides: {@code duplicates=new} registers the
     * person anyway, {@code duplicates=existing:ID} opens that person instead; the decision is recorded (V72).
     */
    @PostMapping
    String register(@ModelAttribute PersonForm form, @RequestParam(required = false) String duplicates, Model model) {
        List<DuplicateCheck.PossibleDuplicate> possible = List.of();
        try {
            var user = CurrentUser.get();
            var person = form.toNewPerson();
            possible = this.duplicates.find(user, person.identity());
            var decided = this.duplicates.decide(user, person, possible, duplicates);
            if (decided != null) {
                return "redirect:/persons/" + decided.personId();
            }
            model.addAttribute("duplicates", possible);
            return form(model, form, null);
        } catch (InvalidInputException e) {
            if (!possible.isEmpty()) {
                model.addAttribute("duplicates", possible);
            }
            return form(model, form, e);
        }
    }

    @GetMapping("/{id}")
    String person(@PathVariable long id, Model model) {
        return page(id, model, null, null);
    }

    /** Shows the identity in this answer only; the reason is audited with the read. */
    @PostMapping("/{id}/identity")
    String identity(@PathVariable long id, @RequestParam(required = false) String reason, Model model) {
        try {
            var answer = records.identityWithPhoto(CurrentUser.get(), id, reason);
            if (answer.photo() != null) {
                // Inline in this answer only (never a URL that could be cached or replayed).
                model.addAttribute("photo", "data:" + answer.photo().contentType() + ";base64,"
                        + java.util.Base64.getEncoder().encodeToString(answer.photo().content()));
            }
            return page(id, model, answer.identity(), null);
        } catch (InvalidInputException e) {
            return page(id, model, null, e);
        }
    }

    @PostMapping("/{id}/photo")
    String photo(@PathVariable long id, @RequestParam(required = false) MultipartFile photo,
                 RedirectAttributes redirect) throws IOException {
        if (photo != null && photo.getSize() > PersonRecordService.MAX_PHOTO_BYTES) {
            return act(id, redirect, () -> {
                throw new InvalidInputException("photo", "error.common.photo.tooLarge");
            });
        }
        byte[] bytes = photo == null || photo.isEmpty() ? null : photo.getBytes();
        return act(id, redirect, () -> records.storePhoto(CurrentUser.get(), id, bytes));
    }

    @PostMapping("/{id}/representative")
    String representative(@PathVariable long id, @RequestParam(required = false) String representativeId,
                          RedirectAttributes redirect) {
        return act(id, redirect, () -> records.linkRepresentative(CurrentUser.get(), id,
                PersonsApiController.number("representativeId", representativeId)));
    }

    @PostMapping("/{id}/coordinator")
    String takeOn(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> records.takeOn(CurrentUser.get(), id));
    }

    @PostMapping("/{id}/consents")
    String give(@PathVariable long id, @RequestParam(required = false) ConsentScope scope,
                @RequestParam(required = false) Recipient.Kind recipientKind,
                @RequestParam(required = false) String recipient, @RequestParam(required = false) String recipientRequest,
                @RequestParam(required = false) LocalDate givenOn, @RequestParam(required = false) MultipartFile form,
                RedirectAttributes redirect) throws IOException {
        byte[] bytes = form == null || form.isEmpty() ? null : form.getBytes();
        String name = form == null ? null : form.getOriginalFilename();
        return act(id, redirect, () -> consents.give(CurrentUser.get(), id, new ConsentGrant(scope,
                PersonsApiController.recipient(scope, recipientKind, recipient, recipientRequest), givenOn, name, bytes)));
    }

    @PostMapping("/{id}/consents/{consentId}/withdraw")
    String withdraw(@PathVariable long id, @PathVariable long consentId,
                    @RequestParam(required = false) LocalDate withdrawnOn, RedirectAttributes redirect) {
        return act(id, redirect, () -> consents.withdraw(CurrentUser.get(), id, consentId, withdrawnOn));
    }

    @GetMapping("/{id}/consents/{consentId}/form")
    ResponseEntity<byte[]> consentForm(@PathVariable long id, @PathVariable long consentId) {
        var form = consents.form(CurrentUser.get(), id, consentId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(form.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", form.sha256()).body(form.content());
    }

    @PostMapping("/{id}/overrides")
    String override(@PathVariable long id, @RequestParam(required = false) ConsentScope scope,
                    @RequestParam(required = false) Recipient.Kind recipientKind,
                    @RequestParam(required = false) String recipient,
                    @RequestParam(required = false) String recipientRequest,
                    @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, () -> consents.override(CurrentUser.get(), id, scope,
                PersonsApiController.recipient(scope, recipientKind, recipient, recipientRequest), reason));
    }

    @PostMapping("/{id}/participations")
    String link(@PathVariable long id, @RequestParam(required = false) String proceedingId,
                @RequestParam(required = false) PersonKind role, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            long proceeding;
            try {
                proceeding = Long.parseLong(proceedingId == null ? "" : proceedingId.trim());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("proceedingId", "error.common.proceeding.number");
            }
            persons.link(CurrentUser.get(), id, proceeding, role);
        });
    }

    private String act(long id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", "person.saved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e);
        }
        return "redirect:/persons/" + id;
    }

    private String page(long id, Model model, Identity identity, InvalidInputException error) {
        var user = CurrentUser.get();
        var person = persons.open(user, id);
        model.addAttribute("person", person);
        model.addAttribute("identity", identity);
        if (error != null) {
            model.addAttribute("error", error);
        }
        boolean mayReadIdentity = persons.mayReadIdentity(user, id);
        model.addAttribute("mayReadIdentity", mayReadIdentity);
        model.addAttribute("mayManageConsent", mayReadIdentity);
        model.addAttribute("mayTakeOn", user.has(Role.COORDINATOR) && !user.username().equals(person.coordinator()));
        model.addAttribute("mayOverride", user.has(Role.PROSECUTOR));
        model.addAttribute("mayLink", user.has(Role.COORDINATOR) || user.has(Role.PROSECUTOR)
                || user.has(Role.INVESTIGATOR) || user.has(Role.ADMIN));
        model.addAttribute("consents", consents.list(user, id));
        model.addAttribute("overrides", consents.overrides(user, id));
        model.addAttribute("scopes", ConsentScope.values());
        model.addAttribute("recipientKinds", Recipient.Kind.values());
        model.addAttribute("serviceTypes", ServiceType.values());
        model.addAttribute("kinds", PersonKind.values());
        model.addAttribute("partners", reference.agencies().stream().filter(a -> "PARTNER".equals(a.kind()) && a.active())
                .toList());
        model.addAttribute("today", service.today());
        supportModel(user, id, model, mayReadIdentity);
        return "persons/person";
    }

    /** Interviews, risks (details read and audited for those who manage the person) and status applications. */
    private void supportModel(CurrentUser user, long id, Model model, boolean manage) {
        var interviews = support.interviews(user, id);
        model.addAttribute("mayManageSupport", manage);
        model.addAttribute("interviews", interviews);
        model.addAttribute("timeline", timeline.of(user, id));
        model.addAttribute("plannedInterviews", interviews.stream()
                .filter(i -> i.status() == InterviewStatus.PLANNED).toList());
        model.addAttribute("interviewPurposes", InterviewPurpose.values());
        model.addAttribute("risks", support.risks(user, id));
        model.addAttribute("riskLevels", RiskLevel.values());
        var applications = support.statusApplications(user, id);
        model.addAttribute("applications", applications);
        model.addAttribute("pendingApplications", applications.stream()
                .filter(a -> a.decision() == StatusDecision.PENDING).toList());
        model.addAttribute("grantedApplications", applications.stream()
                .filter(a -> a.decision() == StatusDecision.GRANTED && a.extendedOn() == null).toList());
        model.addAttribute("refusedApplications", applications.stream()
                .filter(a -> a.decision() == StatusDecision.REFUSED).toList());
        var bodies = support.decidingBodies();
        var locale = LocaleContextHolder.getLocale();
        model.addAttribute("bodies", bodies);
        model.addAttribute("bodyNames", bodies.stream().collect(Collectors.toMap(DecidingBody::code,
                b -> b.name(locale))));
    }

    private String form(Model model, PersonForm form, InvalidInputException error) {
        model.addAttribute("form", form);
        if (error != null) {
            model.addAttribute("error", error);
        }
        model.addAttribute("regions", reference.regions().stream().filter(r -> !CurrentUser.CENTRAL.equals(r.code())).toList());
        model.addAttribute("kinds", PersonKind.values());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("exploitationForms", Arrays.stream(ExploitationForm.values()).map(Enum::name).toList());
        return "persons/form";
    }
}
