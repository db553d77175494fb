package org.lms.adapter.out.persistence.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lms.adapter.out.persistence.TestPersistence;
import org.lms.application.common.PageRequest;
import org.lms.application.port.in.CourseView;
import org.lms.application.port.out.QueryCoursesPort.DraftScope;
import org.lms.domain.course.Course;
import org.lms.domain.course.CourseCode;
import org.lms.domain.course.CourseCodeTakenException;
import org.lms.domain.course.CourseDescription;
import org.lms.domain.course.CourseStatus;
import org.lms.domain.course.CourseTitle;
import org.lms.domain.course.StaleCourseVersionException;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserId;

/** The JPA adapter against a real PostgreSQL with the production migrations and Hibernate version. */
class CoursePersistenceAdapterIT {

    private static TestPersistence db;
    private final Clock clock = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    private final UserId instructorId = new UserId(UUID.randomUUID());
    private final Actor instructor = Actor.user(instructorId, Set.of(Role.INSTRUCTOR));

    @BeforeAll
    static void database() throws Exception {
        db = TestPersistence.open("course_adapter", CourseJpaEntity.class);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private <T> T inTransaction(Function<CoursePersistenceAdapter, T> work) {
        return db.inTransaction(em -> work.apply(new CoursePersistenceAdapter(em)));
    }

    private Course draft(String code) {
        Course course = Course.draft(instructor, instructorId, new CourseCode(code), new CourseTitle("Title"),
                new CourseDescription("Line one\nline two"), clock);
        course.pullEvents();
        return course;
    }

    @Test
    void storedCourseLoadsBackEqual() {
        Course course = inTransaction(a -> a.insertCourse(draft("P-" + UUID.randomUUID().toString().substring(0, 8))));

        Course loaded = inTransaction(a -> a.loadCourse(course.id())).orElseThrow();
        assertThat(loaded.code()).isEqualTo(course.code());
        assertThat(loaded.description()).isEqualTo(course.description());
        assertThat(loaded.createdAt()).isEqualTo(course.createdAt());
        assertThat(loaded.version()).isZero();
        boolean taken = inTransaction(a -> a.isCodeTaken(course.code()));
        assertThat(taken).isTrue();
    }

    @Test
    void uniqueIndexRefusesASecondCourseWithTheSameCode() {
        inTransaction(a -> a.insertCourse(draft("DUP-1")));

        assertThatThrownBy(() -> inTransaction(a -> a.insertCourse(draft("DUP-1"))))
                .isInstanceOf(CourseCodeTakenException.class);
    }

    @Test
    void updateIncrementsVersionAndRefusesStaleCopies() {
        Course course = inTransaction(a -> a.insertCourse(draft("VER-1")));
        Course copyA = inTransaction(a -> a.loadCourse(course.id())).orElseThrow();
        Course copyB = inTransaction(a -> a.loadCourse(course.id())).orElseThrow();

        copyA.revise(instructor, 0, new CourseTitle("A"), new CourseDescription(""), clock);
        Course saved = inTransaction(a -> a.updateCourse(copyA));
        assertThat(saved.version()).isEqualTo(1);

        copyB.revise(instructor, 0, new CourseTitle("B"), new CourseDescription(""), clock);
        assertThatThrownBy(() -> inTransaction(a -> a.updateCourse(copyB)))
                .isInstanceOf(StaleCourseVersionException.class);
        assertThat(inTransaction(a -> a.loadCourse(course.id())).orElseThrow().title().value()).isEqualTo("A");
    }

    @Test
    void listFiltersDraftsAndPages() {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Course published = draft("L1-" + tag);
        published.publish(instructor, Optional.empty(), clock);
        published.pullEvents();
        inTransaction(a -> a.insertCourse(published));
        inTransaction(a -> a.insertCourse(draft("L2-" + tag)));

        var anonymous = inTransaction(a -> a.listCourses(Optional.empty(), DraftScope.NONE, new PageRequest(0, 100)));
        assertThat(anonymous.items()).extracting(CourseView::code).contains("L1-" + tag).doesNotContain("L2-" + tag);
        assertThat(anonymous.items()).allMatch(c -> c.status() == CourseStatus.PUBLISHED);

        var owner = inTransaction(a -> a.listCourses(Optional.of(CourseStatus.DRAFT), DraftScope.ownedBy(instructorId),
                new PageRequest(0, 100)));
        assertThat(owner.items()).extracting(CourseView::code).contains("L2-" + tag).doesNotContain("L1-" + tag);

        var firstOnly = inTransaction(a -> a.listCourses(Optional.empty(), DraftScope.ALL, new PageRequest(0, 1)));
        assertThat(firstOnly.items()).hasSize(1);
        assertThat(firstOnly.total()).isGreaterThanOrEqualTo(2);
    }
}
