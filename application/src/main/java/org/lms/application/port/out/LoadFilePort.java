package org.lms.application.port.out;

import java.util.Optional;
import org.lms.domain.file.FileId;
import org.lms.domain.file.StoredFile;

/** Reads file metadata. */
public interface LoadFilePort {

    Optional<StoredFile> loadFile(FileId id);
}
