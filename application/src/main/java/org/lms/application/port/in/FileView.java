package org.lms.application.port.in;

import java.time.Instant;
import java.util.UUID;
import org.lms.domain.file.FilePurpose;
import org.lms.domain.file.StoredFile;

/** An uploaded file's metadata as use cases return it. */
public record FileView(UUID id, UUID courseId, UUID ownerId, FilePurpose purpose, String name, String contentType,
                       long sizeBytes, String sha256, Instant createdAt) {

    public static FileView of(StoredFile file) {
        return new FileView(file.id().value(), file.courseId().value(), file.ownerId().value(), file.purpose(),
                file.name().value(), file.contentType().value(), file.sizeBytes(), file.sha256(), file.createdAt());
    }
}
