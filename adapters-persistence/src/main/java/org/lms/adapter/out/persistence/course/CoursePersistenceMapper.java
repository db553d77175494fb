package org.lms.adapter.out.persistence.course;

import org.lms.application.port.in.CourseView;
import org.lms.domain.course.Course;
import org.lms.domain.course.CourseCode;
import org.lms.domain.course.CourseDescription;
import org.lms.domain.course.CourseId;
import org.lms.domain.course.CourseTitle;
import org.lms.domain.identity.UserId;
import java.util.Optional;

/** Translates between the course aggregate and its row. */
final class CoursePersistenceMapper {

    private CoursePersistenceMapper() {
    }

    static Course toDomain(CourseJpaEntity row) {
        return Course.restore(new CourseId(row.id), new CourseCode(row.code), new UserId(row.instructorId),
                new CourseTitle(row.title), new CourseDescription(row.description), row.status, row.createdAt,
                row.updatedAt, row.publishedAt, row.version);
    }

    static CourseView toView(CourseJpaEntity row) {
        return new CourseView(row.id, row.code, row.title, row.description, row.instructorId, row.status,
                row.createdAt, row.updatedAt, Optional.ofNullable(row.publishedAt), row.version);
    }

    static CourseJpaEntity toNewEntity(Course course) {
        CourseJpaEntity row = new CourseJpaEntity();
        row.id = course.id().value();
        row.code = course.code().value();
        row.instructorId = course.instructorId().value();
        row.createdAt = course.createdAt();
        copyChangeableState(course, row);
        return row;
    }

    static void copyChangeableState(Course course, CourseJpaEntity row) {
        row.title = course.title().value();
        row.description = course.description().value();
        row.status = course.status();
        row.updatedAt = course.updatedAt();
        row.publishedAt = course.publishedAt().orElse(null);
    }
}
