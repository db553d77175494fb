package org.lms.adapter.in.rest.file;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.application.port.in.FileView;

/** An uploaded file's metadata; {@code sha256} is also its download ETag. */
@Schema(name = "File")
public record FileResponse(UUID id, UUID courseId, String purpose, String name, String contentType, long sizeBytes,
                           String sha256, Instant createdAt) {

    public static FileResponse of(FileView view) {
        return new FileResponse(view.id(), view.courseId(), view.purpose().name(), view.name(), view.contentType(),
                view.sizeBytes(), view.sha256(), view.createdAt());
    }
}
