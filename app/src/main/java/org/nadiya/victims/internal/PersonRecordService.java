package org.nadiya.victims.internal;

import java.util.Base64;

import org.nadiya.audit.AuditEvent;
import org.nadiya.audit.AuditLog;
import org.nadiya.security.CurrentUser;
import org.nadiya.security.FieldEncryption;
import org.nadiya.kernel.InvalidInputException;
import org.nadiya.security.NotVisibleException;
import org.nadiya.security.Role;
import org.nadiya.victims.PersonKind;
import org.nadiya.victims.PersonRecords;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is recorded about a person after registration: the child's legal representative (another protected
 * person), the responsible coordinator, and the photo — part of the identity, encrypted like every identity field
 * and read only on the identity's reasoned, audited path.
 */
@Service
class PersonRecordService implements PersonRecords {

    private final PersonService persons;
    private final PersonLinkStore links;
    private final PersonStore store;
    private final FieldEncryption encryption;
    private final AuditLog audit;

    PersonRecordService(PersonService persons, PersonLinkStore links, PersonStore store, FieldEncryption encryption,
                        AuditLog audit) {
        this.persons = persons;
        this.links = links;
        this.store = store;
        this.encryption = encryption;
        this.audit = audit;
    }

    /**
     * Links a child to its legal representative: both persons visible to the user, the user manages the child
     * (coordinators who see it, the team's prosecutor and investigator), the representative is of kind
     * {@code LEGAL_REPRESENTATIVE}. Replaces an earlier link.
     */
    @Override
    @Transactional
    public void linkRepresentative(CurrentUser user, long childId, Long representativeId) {
        var child = persons.visibleForSupport(user, childId, true, "REPRESENTATIVE_REFUSED");
        if (representativeId == null) {
            throw new InvalidInputException("representativeId", "error.victims.representative.required");
        }
        if (!child.ageGroup().child()) {
            throw new InvalidInputException("representativeId", "error.victims.representative.onlyChild");
        }
        var representative = store.core(representativeId).filter(r -> persons.canSee(user, r.id())).orElse(null);
        if (representative == null || representative.id() == childId) {
            throw new InvalidInputException("representativeId", "error.victims.representative.unknown", representativeId);
        }
        if (representative.kind() != PersonKind.LEGAL_REPRESENTATIVE) {
            throw new InvalidInputException("representativeId", "error.victims.representative.kind");
        }
        links.setRepresentative(childId, representative.id(), persons.today(), user.username());
        audit.record(AuditEvent.allowed("REPRESENTATIVE_LINKED", PersonService.ENTITY, childId).by(user.username())
                .with(child.pseudonym() + " represented by " + representative.pseudonym()));
    }

    /** A coordinator who sees the person becomes its responsible coordinator (caseload per coordinator). */
    @Override
    @Transactional
    public void takeOn(CurrentUser user, long id) {
        var core = persons.visible(user, id);
        if (!user.has(Role.COORDINATOR) || PersonAccess.excluded(user)) {
            audit.recordDenied(AuditEvent.denied("COORDINATOR_REFUSED", PersonService.ENTITY, id).by(user.username())
                    .with(core.pseudonym() + ": only coordinators answer for persons"));
            throw new AccessDeniedException("only coordinators answer for persons");
        }
        store.setCoordinator(id, user.id());
        audit.record(AuditEvent.allowed("COORDINATOR_ASSIGNED", PersonService.ENTITY, id).by(user.username())
                .with(core.pseudonym() + " to " + user.username()));
    }

    /** Stores (or replaces) the photo: JPEG or PNG by its first bytes, whatever the upload claims; at most 5 MB. */
    @Override
    @Transactional
    public void storePhoto(CurrentUser user, long id, byte[] image) {
        var core = persons.visibleForSupport(user, id, true, "PHOTO_REFUSED");
        if (image == null || image.length == 0) {
            throw new InvalidInputException("photo", "error.common.photo.choose");
        }
        if (image.length > MAX_PHOTO_BYTES) {
            throw new InvalidInputException("photo", "error.common.photo.tooLarge");
        }
        String type = sniff(image);
        if (type == null) {
            throw new InvalidInputException("photo", "error.common.photo.type");
        }
        String sealed = encryption.encrypt(Base64.getEncoder().encodeToString(image),
                IdentityColumns.PHOTO.context(core.pseudonym()));
        links.storePhoto(core.pseudonym(), type, image.length, persons.today(), user.username(), sealed);
        audit.record(AuditEvent.allowed("PHOTO_STORED", PersonService.ENTITY, id).by(user.username())
                .with(core.pseudonym() + ", " + type + ", " + image.length + " bytes"));
    }

    /** The photo on the identity's path: the same checks and refusals, audited as an identity read with the reason. */
    @Override
    @Transactional(readOnly = true)
    public Photo photo(CurrentUser user, long id, String reason) {
        var core = persons.identityReadAllowed(user, id, reason);
        var stored = links.photo(core.pseudonym()).orElseThrow(() -> new NotVisibleException("photo", id));
        Photo photo = decrypt(core.pseudonym(), stored);
        audit.record(AuditEvent.allowed("IDENTITY_READ", PersonService.ENTITY, id).by(user.username())
                .because(reason.trim()).with(core.pseudonym() + ": photo"));
        return photo;
    }

    /** The identity and the photo (null if none) as one reasoned read: one {@code IDENTITY_READ} entry. */
    record IdentityAnswer(org.nadiya.victims.Identity identity, Photo photo) {
    }

    @Transactional(readOnly = true)
    IdentityAnswer identityWithPhoto(CurrentUser user, long id, String reason) {
        var core = persons.identityReadAllowed(user, id, reason);
        var identity = persons.decrypt(core);
        Photo photo = links.photo(core.pseudonym()).map(stored -> decrypt(core.pseudonym(), stored)).orElse(null);
        audit.record(AuditEvent.allowed("IDENTITY_READ", PersonService.ENTITY, id).by(user.username())
                .because(reason.trim()).with(core.pseudonym() + (photo == null ? "" : " (with photo)")));
        return new IdentityAnswer(identity, photo);
    }

    private Photo decrypt(String pseudonym, String[] stored) {
        return new Photo(stored[0], Base64.getDecoder().decode(encryption.decrypt(stored[1],
                IdentityColumns.PHOTO.context(pseudonym))));
    }

    /** The content type from the magic bytes: JPEG (FF D8 FF) or PNG (89 'PNG' CR LF 1A LF); null otherwise. */
    static String sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        if (b.length < png.length) {
            return null;
        }
        for (int i = 0; i < png.length; i++) {
            if (b[i] != png[i]) {
                return null;
            }
        }
        return "image/png";
    }
}
