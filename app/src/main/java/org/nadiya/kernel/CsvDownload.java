package org.nadiya.kernel;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one way a CSV file leaves the application. For people (downloads from pages): UTF-8 with a byte-order mark,
 * without which spreadsheet programs show Ukrainian text as mojibake. For programs (the API's {@code .csv}
 * routes): UTF-8 without the mark, and the media type says so ({@code header=present}, RFC 4180), so that a script
 * reading the first column name does not find the mark in it. Never cached: the files hold case data.
 */
public final class CsvDownload {

    /** The media type of every CSV download. */
    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType FOR_PROGRAMS = new MediaType("text", "csv",
            java.util.Map.of("charset", "UTF-8", "header", "present"));
    private static final String BOM = "\uFEFF";

    private CsvDownload() {
    }

    public static ResponseEntity<byte[]> forPeople(String fileName, String csv) {
        return file(fileName, CSV, (BOM + csv).getBytes(StandardCharsets.UTF_8));
    }

    public static ResponseEntity<byte[]> forPrograms(String fileName, String csv) {
        return file(fileName, FOR_PROGRAMS, csv.getBytes(StandardCharsets.UTF_8));
    }

    private static ResponseEntity<byte[]> file(String fileName, MediaType type, byte[] body) {
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }
}
