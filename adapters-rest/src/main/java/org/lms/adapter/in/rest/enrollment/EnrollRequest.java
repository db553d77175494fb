package org.lms.adapter.in.rest.enrollment;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Optional body of {@code POST .../enrollments}. {@code studentId} only when enrolling someone else. */
@Schema(name = "EnrollRequest")
public record EnrollRequest(
        @Schema(description = "The student to enroll; omit to enroll yourself") UUID studentId) {
}
