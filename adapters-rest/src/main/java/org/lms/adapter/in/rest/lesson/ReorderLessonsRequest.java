package org.lms.adapter.in.rest.lesson;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every lesson id of the course, in the new order. */
@Schema(name = "ReorderLessonsRequest")
public record ReorderLessonsRequest(@NotNull @Size(max = 1000) List<@NotNull UUID> lessonIds) {
}
