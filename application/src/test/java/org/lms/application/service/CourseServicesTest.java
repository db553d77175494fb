package org.lms.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lms.application.common.PageRequest;
import org.lms.application.port.in.BrowseCoursesUseCase.CourseListQuery;
import org.lms.application.port.in.BrowseCoursesUseCase.CourseQuery;
import org.lms.application.port.in.CourseView;
import org.lms.application.port.in.CreateCourseUseCase.CreateCourseCommand;
import org.lms.application.port.in.PublishCourseUseCase.PublishCourseCommand;
import org.lms.application.port.in.UpdateCourseUseCase.UpdateCourseCommand;
import org.lms.domain.course.CourseCode;
import org.lms.domain.course.CourseCodeTakenException;
import org.lms.domain.course.CourseDescription;
import org.lms.domain.course.CourseId;
import org.lms.domain.course.CourseNotFoundException;
import org.lms.domain.course.CourseStatus;
import org.lms.domain.course.CourseTitle;
import org.lms.domain.course.StaleCourseVersionException;
import org.lms.domain.course.event.CourseCreated;
import org.lms.domain.course.event.CoursePublished;
import org.lms.domain.course.event.CourseUpdated;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserId;
import org.lms.domain.shared.AccessDeniedException;
import org.lms.domain.shared.InvalidValueException;

class CourseServicesTest {

    private final InMemoryCourses store = new InMemoryCourses();
    private final Clock clock = Clock.fixed(Instant.parse("2026-02-01T08:00:00Z"), ZoneOffset.UTC);
    private final CreateCourseService create = new CreateCourseService(store, store, store, clock);
    private final ChangeCourseService update = new ChangeCourseService(store, store, store, clock);
    private final ChangeCourseService publish = update;
    private final BrowseCoursesService browse = new BrowseCoursesService(store, store);

    private final Actor.User instructor = user(Role.INSTRUCTOR);
    private final Actor.User otherInstructor = user(Role.INSTRUCTOR);
    private final Actor.User student = user(Role.STUDENT);

    private static Actor.User user(Role role) {
        return new Actor.User(new UserId(UUID.randomUUID()), Set.of(role));
    }

    private CourseView createCourse(Actor actor, String code) {
        return create.create(new CreateCourseCommand(actor, new CourseCode(code), new CourseTitle("Title " + code),
                new CourseDescription(""), Optional.empty()));
    }

    @Test
    void createdCourseIsADraftOfItsInstructorAndAnnounced() {
        CourseView view = createCourse(instructor, "CS-1");

        assertThat(view.status()).isEqualTo(CourseStatus.DRAFT);
        assertThat(view.instructorId()).isEqualTo(instructor.id().value());
        assertThat(store.published).singleElement().isInstanceOf(CourseCreated.class);
    }

    @Test
    void courseCodeIsUnique() {
        createCourse(instructor, "CS-1");

        assertThatThrownBy(() -> createCourse(otherInstructor, "cs-1")).isInstanceOf(CourseCodeTakenException.class);
        assertThat(store.published).hasSize(1);
    }

    @Test
    void updateWithStaleVersionIsRefusedAndNothingIsAnnounced() {
        CourseView view = createCourse(instructor, "CS-1");
        CourseId id = new CourseId(view.id());
        update.update(new UpdateCourseCommand(instructor, id, 0, new CourseTitle("Second"), new CourseDescription("")));

        assertThatThrownBy(() -> update.update(new UpdateCourseCommand(instructor, id, 0, new CourseTitle("Lost"),
                new CourseDescription("")))).isInstanceOf(StaleCourseVersionException.class);
        assertThat(browse.find(new CourseQuery(instructor, id)).title()).isEqualTo("Second");
        assertThat(store.published).extracting(Object::getClass).containsExactly(CourseCreated.class, CourseUpdated.class);
    }

    @Test
    void draftIsHiddenFromOthersUntilPublished() {
        CourseId id = new CourseId(createCourse(instructor, "CS-1").id());

        assertThatThrownBy(() -> browse.find(new CourseQuery(student, id))).isInstanceOf(CourseNotFoundException.class);
        assertThatThrownBy(() -> publish.publish(new PublishCourseCommand(otherInstructor, id, Optional.empty())))
                .isInstanceOf(CourseNotFoundException.class);

        CourseView published = publish.publish(new PublishCourseCommand(instructor, id, Optional.of(0L)));
        assertThat(published.status()).isEqualTo(CourseStatus.PUBLISHED);
        assertThat(published.version()).isEqualTo(1);
        assertThat(browse.find(new CourseQuery(Actor.anonymous(), id)).id()).isEqualTo(id.value());
        assertThat(store.published).last().isInstanceOf(CoursePublished.class);
        assertThatThrownBy(() -> update.update(new UpdateCourseCommand(otherInstructor, id, 1, new CourseTitle("X"),
                new CourseDescription("")))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void listingShowsPublishedCoursesAndTheCallersOwnDrafts() {
        createCourse(instructor, "MINE-1");
        CourseId published = new CourseId(createCourse(otherInstructor, "THEIRS-1").id());
        createCourse(otherInstructor, "THEIRS-2");
        publish.publish(new PublishCourseCommand(otherInstructor, published, Optional.empty()));

        var forInstructor = browse.list(new CourseListQuery(instructor, Optional.empty(), new PageRequest(0, 10)));
        assertThat(forInstructor.items()).extracting(CourseView::code).containsExactlyInAnyOrder("MINE-1", "THEIRS-1");
        var forStudent = browse.list(new CourseListQuery(student, Optional.empty(), new PageRequest(0, 10)));
        assertThat(forStudent.items()).extracting(CourseView::code).containsExactly("THEIRS-1");
        assertThat(forStudent.total()).isEqualTo(1);
    }

    @Test
    void pageSizeIsBounded() {
        assertThatThrownBy(() -> new PageRequest(0, PageRequest.MAX_LIMIT + 1)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new PageRequest(-1, 10)).isInstanceOf(InvalidValueException.class);
    }
}
