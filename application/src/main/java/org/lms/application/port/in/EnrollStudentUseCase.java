package org.lms.application.port.in;

import java.util.Objects;
import java.util.Optional;
import org.lms.domain.course.CourseId;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.UserId;

/**
 * A student enrolls in a published course, or its instructor or an admin enrolls them. Repeating
 * it while enrolled is harmless; after a drop it enrolls the student again.
 */
public interface EnrollStudentUseCase {

    EnrollmentOutcome enroll(EnrollStudentCommand command);

    /** {@code studentId} empty means the caller enrolls themselves. */
    record EnrollStudentCommand(Actor actor, CourseId courseId, Optional<UserId> studentId) {

        public EnrollStudentCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(courseId, "courseId");
            Objects.requireNonNull(studentId, "studentId");
        }
    }

    /** {@code activated} is false when the student was already enrolled and nothing changed. */
    record EnrollmentOutcome(EnrollmentView enrollment, boolean activated) {

        public EnrollmentOutcome {
            Objects.requireNonNull(enrollment, "enrollment");
        }
    }
}
