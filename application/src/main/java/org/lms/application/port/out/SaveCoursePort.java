package org.lms.application.port.out;

import org.lms.domain.course.Course;

/**
 * Stores course aggregates. Both methods return the course as stored, with its new version;
 * {@code update} refuses (with {@code StaleCourseVersionException}) a course whose version is no
 * longer the stored one, and {@code insert} refuses a taken code ({@code CourseCodeTakenException}).
 */
public interface SaveCoursePort {

    Course insertCourse(Course course);

    Course updateCourse(Course course);
}
