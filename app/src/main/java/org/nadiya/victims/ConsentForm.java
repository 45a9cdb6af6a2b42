package org.nadiya.victims;

/** The signed consent form, decrypted for download. */
public record ConsentForm(String fileName, String sha256, byte[] content) {
}
