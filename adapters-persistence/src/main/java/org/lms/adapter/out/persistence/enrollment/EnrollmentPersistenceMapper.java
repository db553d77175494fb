package org.lms.adapter.out.persistence.enrollment;

import java.util.Optional;
import org.lms.application.port.in.EnrollmentView;
import org.lms.domain.course.CourseId;
import org.lms.domain.enrollment.Enrollment;
import org.lms.domain.enrollment.EnrollmentId;
import org.lms.domain.identity.UserId;

/** Translates between the enrollment aggregate and its row. */
final class EnrollmentPersistenceMapper {

    private EnrollmentPersistenceMapper() {
    }

    static Enrollment toDomain(EnrollmentJpaEntity row) {
        return Enrollment.restore(new EnrollmentId(row.id), new CourseId(row.courseId), new UserId(row.studentId),
                row.status, row.enrolledAt, row.droppedAt, row.version);
    }

    static EnrollmentView toView(EnrollmentJpaEntity row) {
        return new EnrollmentView(row.id, row.courseId, row.studentId, row.status, row.enrolledAt,
                Optional.ofNullable(row.droppedAt), row.version);
    }

    static void copyChangeableState(Enrollment enrollment, EnrollmentJpaEntity row) {
        row.status = enrollment.status();
        row.enrolledAt = enrollment.enrolledAt();
        row.droppedAt = enrollment.droppedAt().orElse(null);
    }
}
