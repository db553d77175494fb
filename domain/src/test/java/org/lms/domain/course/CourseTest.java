package org.lms.domain.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lms.domain.course.event.CourseCreated;
import org.lms.domain.course.event.CoursePublished;
import org.lms.domain.course.event.CourseUpdated;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserId;
import org.lms.domain.shared.AccessDeniedException;
import org.lms.domain.shared.AuthenticationRequiredException;

class CourseTest {

    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
    private final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    private final UserId instructorId = new UserId(UUID.randomUUID());
    private final Actor instructor = Actor.user(instructorId, Set.of(Role.INSTRUCTOR));
    private final Actor otherInstructor = Actor.user(new UserId(UUID.randomUUID()), Set.of(Role.INSTRUCTOR));
    private final Actor admin = Actor.user(new UserId(UUID.randomUUID()), Set.of(Role.ADMIN));
    private final Actor student = Actor.user(new UserId(UUID.randomUUID()), Set.of(Role.STUDENT));

    private Course draftByInstructor() {
        return Course.draft(instructor, instructorId, new CourseCode("cs-101"), new CourseTitle("Algorithms"),
                new CourseDescription("Sorting and searching"), clock);
    }

    @Test
    void instructorDraftsCourseAndRaisesCreatedEvent() {
        Course course = draftByInstructor();

        assertThat(course.status()).isEqualTo(CourseStatus.DRAFT);
        assertThat(course.code().value()).isEqualTo("CS-101");
        assertThat(course.version()).isZero();
        assertThat(course.createdAt()).isEqualTo(T0);
        assertThat(course.publishedAt()).isEmpty();
        assertThat(course.pullEvents()).singleElement().isInstanceOf(CourseCreated.class);
        assertThat(course.pullEvents()).isEmpty();
    }

    @Test
    void adminMayDraftForAnInstructorButStudentsMayNotDraft() {
        Course byAdmin = Course.draft(admin, instructorId, new CourseCode("AB"), new CourseTitle("T"),
                new CourseDescription(""), clock);
        assertThat(byAdmin.instructorId()).isEqualTo(instructorId);

        assertThatThrownBy(() -> Course.draft(student, instructorId, new CourseCode("AB"), new CourseTitle("T"),
                new CourseDescription(""), clock)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Course.draft(otherInstructor, instructorId, new CourseCode("AB"),
                new CourseTitle("T"), new CourseDescription(""), clock)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anonymousCallerMustAuthenticateToDraft() {
        assertThatThrownBy(() -> Course.draft(Actor.anonymous(), instructorId, new CourseCode("AB"),
                new CourseTitle("T"), new CourseDescription(""), clock))
                .isInstanceOf(AuthenticationRequiredException.class);
    }

    @Test
    void revisingNeedsTheCurrentVersion() {
        Course course = draftByInstructor();
        course.pullEvents();

        assertThatThrownBy(() -> course.revise(instructor, 3, new CourseTitle("New"), new CourseDescription(""), clock))
                .isInstanceOf(StaleCourseVersionException.class);

        course.revise(instructor, 0, new CourseTitle("New"), new CourseDescription("d"), clock);
        assertThat(course.title().value()).isEqualTo("New");
        assertThat(course.pullEvents()).singleElement().isInstanceOf(CourseUpdated.class);
    }

    @Test
    void onlyItsInstructorOrAnAdminMayChangeACourse() {
        Course course = draftByInstructor();

        assertThatThrownBy(() -> course.revise(otherInstructor, 0, new CourseTitle("X"), new CourseDescription(""), clock))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> course.publish(student, Optional.empty(), clock))
                .isInstanceOf(AccessDeniedException.class);
        course.publish(admin, Optional.empty(), clock);
        assertThat(course.status()).isEqualTo(CourseStatus.PUBLISHED);
    }

    @Test
    void courseIsPublishedOnlyOnce() {
        Course course = draftByInstructor();
        course.pullEvents();

        course.publish(instructor, Optional.of(0L), clock);
        assertThat(course.publishedAt()).contains(T0);
        assertThat(course.pullEvents()).singleElement().isInstanceOf(CoursePublished.class);

        assertThatThrownBy(() -> course.publish(instructor, Optional.empty(), clock))
                .isInstanceOf(CourseAlreadyPublishedException.class);
        assertThat(course.pullEvents()).isEmpty();
    }

    @Test
    void draftsAreVisibleOnlyToTheirManagers() {
        Course course = draftByInstructor();

        assertThat(course.isVisibleTo(instructor)).isTrue();
        assertThat(course.isVisibleTo(admin)).isTrue();
        assertThat(course.isVisibleTo(student)).isFalse();
        assertThat(course.isVisibleTo(Actor.anonymous())).isFalse();

        course.publish(instructor, Optional.empty(), clock);
        assertThat(course.isVisibleTo(Actor.anonymous())).isTrue();
    }
}
