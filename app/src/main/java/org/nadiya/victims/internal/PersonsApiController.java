package org.nadiya.victims.internal;

import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nadiya.cases.ExploitationForm;
import org.nadiya.security.CurrentUser;
import org.nadiya.kernel.DecisionNeededException;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.victims.Consent;
import org.nadiya.victims.ConsentGrant;
import org.nadiya.victims.ConsentScope;
import org.nadiya.victims.Consents;
import org.nadiya.victims.DisclosureOverride;
import org.nadiya.victims.Identity;
import org.nadiya.victims.NewPerson;
import org.nadiya.victims.Person;
import org.nadiya.victims.PersonKind;
import org.nadiya.victims.PersonPage;
import org.nadiya.victims.Persons;
import org.nadiya.victims.Recipient;
import org.nadiya.victims.Sex;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Protected persons over HTTP: pseudonyms and non-identifying attributes; identity only through its own call,
 * with a reason, for those allowed, never cached. The service decides every refusal (404, 403, 400) and audits it.
 */
@RestController
@RequestMapping("/api/v1/persons")
class PersonsApiController {

    private final Persons persons;
    private final Consents consents;
    private final org.nadiya.victims.PersonRecords records;
    private final DuplicateCheck duplicates;

    PersonsApiController(Persons persons, Consents consents, org.nadiya.victims.PersonRecords records,
                         DuplicateCheck duplicates) {
        this.records = records;
        this.duplicates = duplicates;
        this.persons = persons;
        this.consents = consents;
    }

    @GetMapping
    PersonPage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int pageSize) {
        return persons.list(CurrentUser.get(), page, pageSize);
    }

    @GetMapping("/{id}")
    Person read(@PathVariable long id) {
        return persons.open(CurrentUser.get(), id);
    }

    /** The identity with the pseudonym it belongs to. */
    record IdentityView(long id, String pseudonym, Identity identity) {
    }

    @GetMapping("/{id}/identity")
    ResponseEntity<IdentityView> identity(@PathVariable long id, @RequestParam(required = false) String reason) {
        var user = CurrentUser.get();
        Identity identity = persons.identity(user, id, reason);
        String pseudonym = persons.open(user, id).pseudonym();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new IdentityView(id, pseudonym, identity));
    }

    /** The photo (part of the identity): the same checks and audit as the identity, never cached. */
    @GetMapping("/{id}/photo")
    ResponseEntity<byte[]> photo(@PathVariable long id, @RequestParam(required = false) String reason) {
        var photo = records.photo(CurrentUser.get(), id, reason);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .contentType(org.springframework.http.MediaType.parseMediaType(photo.contentType()))
                .header("Content-Disposition", "inline").body(photo.content());
    }

    /** Stores or replaces the photo: the request body is the JPEG or PNG file itself. */
    @PostMapping(value = "/{id}/photo", consumes = org.springframework.http.MediaType.ALL_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> storePhoto(@PathVariable long id, @RequestBody(required = false) byte[] image) {
        records.storePhoto(CurrentUser.get(), id, image);
        return Map.of("id", id, "photo", true);
    }

    record RepresentativeRequest(Long representativeId) {
    }

    @PostMapping("/{id}/representative")
    Person representative(@PathVariable long id, @RequestBody RepresentativeRequest request) {
        var user = CurrentUser.get();
        records.linkRepresentative(user, id, request.representativeId());
        return persons.open(user, id);
    }

    /** The caller (a coordinator who sees the person) becomes its responsible coordinator. */
    @PostMapping("/{id}/coordinator")
    Person takeOn(@PathVariable long id) {
        var user = CurrentUser.get();
        records.takeOn(user, id);
        return persons.open(user, id);
    }

    static Long number(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "error.victims.record.number");
        }
    }

    /**
     * A person as the API takes it; identity fields are encrypted on arrival. {@code duplicates}: the decision about
     * possible duplicates a previous answer (409) showed — {@code new} or {@code existing:ID}.
     */
    record PersonRequest(PersonKind kind, Sex sex, String citizenship, String regionCode,
                         Set<ExploitationForm> exploitationForms, Boolean crsv, String nameCyrillic, String nameLatin,
                         LocalDate birthDate, String phone, String address, String documents,
                         String representativeName, String representativeContact, Long proceedingId, PersonKind role,
                         String duplicates) {

        NewPerson toNewPerson() {
            return new NewPerson(kind, sex, citizenship, regionCode, exploitationForms == null ? Set.of() : exploitationForms,
                    Boolean.TRUE.equals(crsv), new Identity(nameCyrillic, nameLatin, birthDate, phone, address, documents,
                    representativeName, representativeContact), proceedingId, role);
        }

        @Override
        public String toString() {
            return "PersonRequest[redacted]";
        }
    }

    /**
     * Registers a person (201). When persons the caller sees may be the same person, answers 409 with them (id,
     * pseudonym, score, evidence; never their names) and stores nothing; the caller sends the request again with
     * {@code duplicates}: {@code new} registers (201), {@code existing:ID} takes that person (200). The decision is
     * recorded as on the form (V72).
     */
    @PostMapping
    ResponseEntity<Person> register(@RequestBody PersonRequest request) {
        var user = CurrentUser.get();
        var person = request.toNewPerson();
        var shown = duplicates.find(user, person.identity());
        var decided = duplicates.decide(user, person, shown, request.duplicates());
        if (decided == null) {
            throw new DecisionNeededException("possible-duplicates", "error.victims.possibleDuplicates",
                    Map.of("duplicates", shown.stream().map(PersonsApiController::duplicate).toList()));
        }
        return ResponseEntity.status(decided.existing() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(persons.open(user, decided.personId()));
    }

    /** A possible duplicate as the API shows it: the evidence as codes, no name, date or phone of the person. */
    private static Map<String, Object> duplicate(DuplicateCheck.PossibleDuplicate possible) {
        var item = new java.util.LinkedHashMap<String, Object>();
        item.put("id", possible.personId());
        item.put("pseudonym", possible.pseudonym());
        item.put("score", Math.round(possible.score() * 1000) / 1000.0);
        item.put("likelySamePerson", possible.likely());
        item.put("nameScore", Math.round(possible.nameScore() * 1000) / 1000.0);
        item.put("birthDates", possible.dates() == null ? "UNKNOWN" : possible.dates().name());
        item.put("samePhone", possible.samePhone());
        return item;
    }

    record ParticipationRequest(Long proceedingId, PersonKind role) {
    }

    @PostMapping("/{id}/participations")
    Person link(@PathVariable long id, @RequestBody ParticipationRequest request) {
        if (request.proceedingId() == null) {
            throw new InvalidInputException("proceedingId", "error.victims.proceeding.required");
        }
        var user = CurrentUser.get();
        persons.link(user, id, request.proceedingId(), request.role());
        return persons.open(user, id);
    }

    @GetMapping("/{id}/consents")
    List<Consent> consents(@PathVariable long id) {
        return consents.list(CurrentUser.get(), id);
    }

    /** A consent to record; {@code formBase64} is the signed form, when attached. */
    record ConsentRequest(ConsentScope scope, Recipient.Kind recipientKind, String recipient, String recipientRequest,
                          LocalDate givenOn, String formFileName, String formBase64) {
    }

    @PostMapping("/{id}/consents")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> give(@PathVariable long id, @RequestBody ConsentRequest request) {
        byte[] form;
        try {
            form = request.formBase64() == null ? null : Base64.getDecoder().decode(request.formBase64());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("formBase64", "error.victims.form.base64");
        }
        long consentId = consents.give(CurrentUser.get(), id, new ConsentGrant(request.scope(),
                recipient(request.scope(), request.recipientKind(), request.recipient(), request.recipientRequest()),
                request.givenOn(), request.formFileName(), form));
        return Map.of("id", consentId, "personId", id);
    }

    record WithdrawalRequest(LocalDate on) {
    }

    @PostMapping("/{id}/consents/{consentId}/withdraw")
    Map<String, Object> withdraw(@PathVariable long id, @PathVariable long consentId,
                                 @RequestBody(required = false) WithdrawalRequest request) {
        consents.withdraw(CurrentUser.get(), id, consentId, request == null ? null : request.on());
        return Map.of("id", consentId, "withdrawn", true);
    }

    record OverrideRequest(ConsentScope scope, Recipient.Kind recipientKind, String recipient, String recipientRequest,
                           String reason) {
    }

    @PostMapping("/{id}/overrides")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> override(@PathVariable long id, @RequestBody OverrideRequest request) {
        long overrideId = consents.override(CurrentUser.get(), id, request.scope(),
                recipient(request.scope(), request.recipientKind(), request.recipient(), request.recipientRequest()),
                request.reason());
        return Map.of("id", overrideId, "personId", id);
    }

    @GetMapping("/{id}/overrides")
    List<DisclosureOverride> overrides(@PathVariable long id) {
        return consents.overrides(CurrentUser.get(), id);
    }

    static Recipient recipient(ConsentScope scope, Recipient.Kind kind, String code, String request) {
        if (scope == null || !scope.needsRecipient() || kind == null && (code == null || code.isBlank())) {
            return null;
        }
        return new Recipient(kind, code, request);
    }
}
