package org.lms.application.port.out;

import java.util.Optional;
import org.lms.domain.course.Course;
import org.lms.domain.course.CourseCode;
import org.lms.domain.course.CourseId;

/** Reads course aggregates to change them. */
public interface LoadCoursePort {

    Optional<Course> loadCourse(CourseId id);

    boolean isCodeTaken(CourseCode code);
}
