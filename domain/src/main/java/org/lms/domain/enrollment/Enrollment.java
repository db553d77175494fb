package org.lms.domain.enrollment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lms.domain.course.Course;
import org.lms.domain.course.CourseId;
import org.lms.domain.course.CourseStatus;
import org.lms.domain.enrollment.event.EnrollmentDropped;
import org.lms.domain.enrollment.event.StudentEnrolled;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserId;
import org.lms.domain.shared.AccessDeniedException;
import org.lms.domain.shared.DomainEvent;

/**
 * A student's enrollment in one course.
 *
 * <p>Lifecycle: created {@link EnrollmentStatus#ACTIVE} when a student enrolls in a published
 * course; dropped by the student, the course's instructor or an admin; re-activated by enrolling
 * again. There is at most one enrollment per student and course, so history is the same row.
 *
 * <p>Invariants: a student enrolls themselves (holding the STUDENT role) or is enrolled by the
 * course's instructor or an admin; enrolling while already active changes nothing and raises no
 * event; a dropped enrollment carries the time it was dropped; {@code version} counts committed
 * changes so concurrent drops and re-enrollments are detected.
 */
public final class Enrollment {

    private final EnrollmentId id;
    private final CourseId courseId;
    private final UserId studentId;
    private final long version;
    private EnrollmentStatus status;
    private Instant enrolledAt;
    private Instant droppedAt;
    private final List<DomainEvent> pendingEvents = new ArrayList<>();

    private Enrollment(EnrollmentId id, CourseId courseId, UserId studentId, EnrollmentStatus status,
                       Instant enrolledAt, Instant droppedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.courseId = Objects.requireNonNull(courseId, "courseId");
        this.studentId = Objects.requireNonNull(studentId, "studentId");
        this.status = Objects.requireNonNull(status, "status");
        this.enrolledAt = Objects.requireNonNull(enrolledAt, "enrolledAt");
        this.droppedAt = droppedAt;
        this.version = version;
    }

    /** Enrolls {@code studentId} in {@code course} for the first time. */
    public static Enrollment enroll(Actor actor, Course course, UserId studentId, Clock clock) {
        ensureMayEnroll(actor, course, studentId);
        Instant now = clock.instant();
        Enrollment enrollment = new Enrollment(EnrollmentId.newId(), course.id(), studentId,
                EnrollmentStatus.ACTIVE, now, null, 0);
        enrollment.announceEnrolled(now);
        return enrollment;
    }

    /** Rebuilds a stored enrollment; raises no events. */
    public static Enrollment restore(EnrollmentId id, CourseId courseId, UserId studentId, EnrollmentStatus status,
                                     Instant enrolledAt, Instant droppedAt, long version) {
        return new Enrollment(id, courseId, studentId, status, enrolledAt, droppedAt, version);
    }

    /** Enrolls this enrollment's student again: nothing happens if active, a dropped one becomes active. */
    public void enrollAgain(Actor actor, Course course, Clock clock) {
        ensureSameCourse(course);
        ensureMayEnroll(actor, course, studentId);
        if (status == EnrollmentStatus.ACTIVE) {
            return;
        }
        Instant now = clock.instant();
        this.status = EnrollmentStatus.ACTIVE;
        this.enrolledAt = now;
        this.droppedAt = null;
        announceEnrolled(now);
    }

    /** Takes the student out of the course; only the student, the course's instructor or an admin may. */
    public void drop(Actor actor, Course course, Clock clock) {
        ensureSameCourse(course);
        Actor.User user = actor.requireUser();
        if (!user.id().equals(studentId) && !course.canBeManagedBy(actor)) {
            throw new AccessDeniedException("Only the student, the course's instructor or an admin may drop an enrollment");
        }
        if (status == EnrollmentStatus.DROPPED) {
            throw new EnrollmentAlreadyDroppedException(id);
        }
        Instant now = clock.instant();
        this.status = EnrollmentStatus.DROPPED;
        this.droppedAt = now;
        pendingEvents.add(EnrollmentDropped.of(id, courseId, studentId, now));
    }

    private static void ensureMayEnroll(Actor actor, Course course, UserId studentId) {
        Actor.User user = actor.requireUser();
        boolean themselves = user.id().equals(studentId);
        boolean allowed = themselves ? user.hasRole(Role.STUDENT) : course.canBeManagedBy(actor);
        if (!allowed) {
            throw new AccessDeniedException(themselves
                    ? "Only students enroll themselves in courses"
                    : "Only the course's instructor or an admin may enroll someone else");
        }
        if (course.status() != CourseStatus.PUBLISHED) {
            throw new CourseNotOpenForEnrollmentException(course.id());
        }
    }

    private void ensureSameCourse(Course course) {
        if (!course.id().equals(courseId)) {
            throw new IllegalArgumentException("Enrollment " + id + " belongs to course " + courseId
                    + ", not " + course.id());
        }
    }

    private void announceEnrolled(Instant at) {
        pendingEvents.add(StudentEnrolled.of(id, courseId, studentId, at));
    }

    /** Hands over the events raised since the last call, and forgets them. */
    public List<DomainEvent> pullEvents() {
        List<DomainEvent> events = List.copyOf(pendingEvents);
        pendingEvents.clear();
        return events;
    }

    public EnrollmentId id() {
        return id;
    }

    public CourseId courseId() {
        return courseId;
    }

    public UserId studentId() {
        return studentId;
    }

    public EnrollmentStatus status() {
        return status;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }

    public Optional<Instant> droppedAt() {
        return Optional.ofNullable(droppedAt);
    }

    public long version() {
        return version;
    }
}
