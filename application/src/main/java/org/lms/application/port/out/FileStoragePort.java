package org.lms.application.port.out;

import java.io.InputStream;

/**
 * Keeps file bytes under names the storage generates. {@code store} reads the stream to its end,
 * computing size and SHA-256 as it goes; bytes stored inside a transaction that then rolls back
 * are removed again, so a failed upload leaves nothing behind.
 */
public interface FileStoragePort {

    StoredContent store(InputStream content);

    /** Reads {@code length} bytes from {@code offset} of the content stored under {@code key}. */
    InputStream open(String key, long offset, long length);

    /** Removes the content at once; nothing happens when there is none. */
    void delete(String key);

    /** Where the bytes went, how many there were and their SHA-256 in lowercase hex. */
    record StoredContent(String key, long sizeBytes, String sha256) {
    }
}
