package org.lms.domain.file;

import org.lms.domain.shared.NotFoundException;

/** No such file, or the caller may not know that it exists. */
public class StoredFileNotFoundException extends NotFoundException {

    public StoredFileNotFoundException(FileId id) {
        super("file-not-found", "No file " + id);
    }
}
