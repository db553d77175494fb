package org.lms.domain.course;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lms.domain.course.event.CourseCreated;
import org.lms.domain.course.event.CoursePublished;
import org.lms.domain.course.event.CourseUpdated;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserId;
import org.lms.domain.shared.AccessDeniedException;
import org.lms.domain.shared.DomainEvent;

/**
 * A course an instructor teaches.
 *
 * <p>Lifecycle: created as {@link CourseStatus#DRAFT} by an instructor (or an admin on an
 * instructor's behalf), edited any number of times, then published once; a published course stays
 * editable but cannot be published again.
 *
 * <p>Invariants: the code, title and description are always valid value objects; only the course's
 * instructor or an admin may change it; {@code version} counts committed changes and every change
 * must name the version it was based on, so that concurrent edits are detected, not lost.
 */
public final class Course {

    private final CourseId id;
    private final CourseCode code;
    private final UserId instructorId;
    private final Instant createdAt;
    private final long version;
    private CourseTitle title;
    private CourseDescription description;
    private CourseStatus status;
    private Instant updatedAt;
    private Instant publishedAt;
    private final List<DomainEvent> pendingEvents = new ArrayList<>();

    private Course(CourseId id, CourseCode code, UserId instructorId, CourseTitle title,
                   CourseDescription description, CourseStatus status, Instant createdAt,
                   Instant updatedAt, Instant publishedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.code = Objects.requireNonNull(code, "code");
        this.instructorId = Objects.requireNonNull(instructorId, "instructorId");
        this.title = Objects.requireNonNull(title, "title");
        this.description = Objects.requireNonNull(description, "description");
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.publishedAt = publishedAt;
        this.version = version;
    }

    /** Drafts a new course taught by {@code instructorId}; {@code actor} must be that instructor or an admin. */
    public static Course draft(Actor actor, UserId instructorId, CourseCode code, CourseTitle title,
                               CourseDescription description, Clock clock) {
        Actor.User user = actor.requireUser();
        boolean forThemselves = user.id().equals(instructorId) && user.hasRole(Role.INSTRUCTOR);
        if (!forThemselves && !user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only instructors create courses, and only admins for someone else");
        }
        Instant now = clock.instant();
        Course course = new Course(CourseId.newId(), code, instructorId, title, description,
                CourseStatus.DRAFT, now, now, null, 0);
        course.pendingEvents.add(CourseCreated.of(course.id, now));
        return course;
    }

    /** Rebuilds a stored course; raises no events. */
    public static Course restore(CourseId id, CourseCode code, UserId instructorId, CourseTitle title,
                                 CourseDescription description, CourseStatus status, Instant createdAt,
                                 Instant updatedAt, Instant publishedAt, long version) {
        return new Course(id, code, instructorId, title, description, status, createdAt, updatedAt,
                publishedAt, version);
    }

    /** Changes title and description; {@code expectedVersion} is the version the caller last saw. */
    public void revise(Actor actor, long expectedVersion, CourseTitle newTitle,
                       CourseDescription newDescription, Clock clock) {
        ensureManageableBy(actor);
        ensureVersion(expectedVersion);
        this.title = Objects.requireNonNull(newTitle, "newTitle");
        this.description = Objects.requireNonNull(newDescription, "newDescription");
        this.updatedAt = clock.instant();
        pendingEvents.add(CourseUpdated.of(id, updatedAt));
    }

    /** Opens the course to students. A course is published at most once. */
    public void publish(Actor actor, Optional<Long> expectedVersion, Clock clock) {
        ensureManageableBy(actor);
        expectedVersion.ifPresent(this::ensureVersion);
        if (status == CourseStatus.PUBLISHED) {
            throw new CourseAlreadyPublishedException(id);
        }
        Instant now = clock.instant();
        this.status = CourseStatus.PUBLISHED;
        this.publishedAt = now;
        this.updatedAt = now;
        pendingEvents.add(CoursePublished.of(id, now));
    }

    /** Whether {@code actor} may see this course: anyone once published, else its instructor or an admin. */
    public boolean isVisibleTo(Actor actor) {
        return status == CourseStatus.PUBLISHED || canBeManagedBy(actor);
    }

    public boolean canBeManagedBy(Actor actor) {
        return actor instanceof Actor.User user
                && (user.hasRole(Role.ADMIN) || (user.hasRole(Role.INSTRUCTOR) && user.id().equals(instructorId)));
    }

    private void ensureManageableBy(Actor actor) {
        actor.requireUser();
        if (!canBeManagedBy(actor)) {
            throw new AccessDeniedException("Only the course's instructor or an admin may change it");
        }
    }

    private void ensureVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new StaleCourseVersionException(id, expectedVersion, version);
        }
    }

    /** Hands over the events raised since the last call, and forgets them. */
    public List<DomainEvent> pullEvents() {
        List<DomainEvent> events = List.copyOf(pendingEvents);
        pendingEvents.clear();
        return events;
    }

    public CourseId id() {
        return id;
    }

    public CourseCode code() {
        return code;
    }

    public UserId instructorId() {
        return instructorId;
    }

    public CourseTitle title() {
        return title;
    }

    public CourseDescription description() {
        return description;
    }

    public CourseStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    public long version() {
        return version;
    }
}
