package org.lms.application.port.out;

/** Counts file transfers; they are not domain events, so whoever moves the bytes reports them. */
public interface FileTransferMetricsPort {

    enum Direction { UPLOAD, DOWNLOAD }

    /** SUCCESS: bytes moved; REJECTED: the request was refused (4xx); FAILED: our fault (5xx). */
    enum Outcome { SUCCESS, REJECTED, FAILED }

    void transferred(Direction direction, Outcome outcome, long bytes);
}
