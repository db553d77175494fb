package org.lms.adapter.in.rest.course;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PUT /api/v1/courses/{id}}: the full editable state. */
@Schema(name = "UpdateCourseRequest")
public record UpdateCourseRequest(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 5000) String description) {
}
