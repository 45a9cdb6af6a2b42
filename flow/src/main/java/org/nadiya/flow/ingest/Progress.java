package org.nadiya.flow.ingest;

/** Told how far an import has read, in bytes of the file; the command line draws a bar from it. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total) -> { };

    void advanced(long bytesDone, long bytesTotal);
}
