package org.nadiya.security;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where temporary copies of evidence (bank statements being checked or analysed, uploads on their way in) are made:
 * a private directory of this running process inside the data directory (0700), never the shared temporary folder.
 * What a crashed process left there is deleted when the next one starts.
 */
public interface TemporaryFiles {

    /** A new private directory for one piece of work; the caller deletes it when done (also on failure). */
    Path newDirectory(String prefix) throws IOException;

    /** The servlet container's directory for multipart parts written to disk during an upload. */
    Path multipartDirectory();
}
