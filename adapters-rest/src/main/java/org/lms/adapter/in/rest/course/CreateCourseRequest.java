package org.lms.adapter.in.rest.course;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/courses}. {@code instructorId} only for admins drafting for someone. */
@Schema(name = "CreateCourseRequest")
public record CreateCourseRequest(
        @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{1,19}",
                message = "must be 2 to 20 letters, digits or dashes, starting with a letter or digit") String code,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 5000) String description,
        UUID instructorId) {
}
