package org.lms.application.service;

import java.io.InputStream;
import java.util.function.Function;
import org.lms.application.port.out.FileStoragePort;
import org.lms.application.port.out.FileStoragePort.StoredContent;
import org.lms.domain.file.EmptyFileException;

/**
 * Stores uploaded bytes, then runs the work that records them; if that work fails the bytes are
 * removed at once, so a refused upload leaves no orphan file (the storage also removes them when
 * the transaction rolls back later).
 */
final class StoredUploads {

    private final FileStoragePort storage;

    StoredUploads(FileStoragePort storage) {
        this.storage = storage;
    }

    <T> T storeThen(InputStream content, Function<StoredContent, T> record) {
        StoredContent stored = storage.store(content);
        try {
            if (stored.sizeBytes() == 0) {
                throw new EmptyFileException();
            }
            return record.apply(stored);
        } catch (RuntimeException | Error e) {
            storage.delete(stored.key());
            throw e;
        }
    }
}
