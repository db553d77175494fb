package org.lms.domain.course;

import org.lms.domain.shared.ConflictException;

/** The caller edited a version of the course that someone else has changed since. */
public class StaleCourseVersionException extends ConflictException {

    public StaleCourseVersionException(CourseId id, long expected, long actual) {
        super("stale-version", "Course " + id + " is at version " + actual + ", not " + expected
                + "; reload it and apply the change again");
    }

    /** The version check passed in memory but a concurrent commit won the race. */
    public StaleCourseVersionException(CourseId id) {
        super("stale-version", "Course " + id + " was changed concurrently; reload it and apply the change again");
    }
}
