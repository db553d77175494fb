package org.lms.application.port.out;

import org.lms.domain.file.StoredFile;

/** Stores file metadata once its bytes are stored. */
public interface SaveFilePort {

    StoredFile insertFile(StoredFile file);
}
