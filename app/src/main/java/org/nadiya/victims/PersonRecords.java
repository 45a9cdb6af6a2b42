package org.nadiya.victims;

import org.nadiya.security.CurrentUser;

/**
 * What is recorded about a person after registration: a child's legal representative (another protected person),
 * the responsible coordinator and the photo. The photo is part of the identity: read only on the identity's path
 * (404 / 403 / 400 as {@link Persons#identity}, audited as {@code IDENTITY_READ} with the reason).
 */
public interface PersonRecords {

    /** The largest photo accepted, in bytes. */
    int MAX_PHOTO_BYTES = 5 * 1024 * 1024;

    /** A decrypted photo and the content type sniffed from its first bytes at upload. */
    record Photo(String contentType, byte[] content) {
    }

    void linkRepresentative(CurrentUser user, long childId, Long representativeId);

    /** A coordinator who sees the person becomes its responsible coordinator. */
    void takeOn(CurrentUser user, long id);

    /** Stores or replaces the photo: JPEG or PNG by its first bytes (whatever the upload claims), at most 5 MB. */
    void storePhoto(CurrentUser user, long id, byte[] image);

    Photo photo(CurrentUser user, long id, String reason);
}
