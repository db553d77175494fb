package org.lms.adapter.out.persistence.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lms.adapter.out.persistence.TestPersistence;
import org.lms.adapter.out.persistence.course.CourseJpaEntity;
import org.lms.adapter.out.persistence.course.CoursePersistenceAdapter;
import org.lms.application.common.PageRequest;
import org.lms.application.port.in.EnrollmentView;
import org.lms.domain.course.Course;
import org.lms.domain.course.CourseCode;
import org.lms.domain.course.CourseDescription;
import org.lms.domain.course.CourseTitle;
import org.lms.domain.enrollment.Enrollment;
import org.lms.domain.enrollment.EnrollmentStatus;
import org.lms.domain.enrollment.StaleEnrollmentVersionException;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserId;

/** The enrollment adapter against a real PostgreSQL with the production migrations. */
class EnrollmentPersistenceAdapterIT {

    private static TestPersistence db;
    private final Clock clock = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    private final UserId instructorId = new UserId(UUID.randomUUID());
    private final Actor instructor = Actor.user(instructorId, Set.of(Role.INSTRUCTOR));

    @BeforeAll
    static void database() throws Exception {
        db = TestPersistence.open("enrollment_adapter", CourseJpaEntity.class, EnrollmentJpaEntity.class);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        return db.inTransaction(work);
    }

    private <T> T withEnrollments(Function<EnrollmentPersistenceAdapter, T> work) {
        return inTransaction(em -> work.apply(new EnrollmentPersistenceAdapter(em)));
    }

    private Course publishedCourse() {
        Course course = Course.draft(instructor, instructorId,
                new CourseCode("E-" + UUID.randomUUID().toString().substring(0, 8)), new CourseTitle("Title"),
                new CourseDescription(""), clock);
        course.publish(instructor, Optional.empty(), clock);
        course.pullEvents();
        return inTransaction(em -> new CoursePersistenceAdapter(em).insertCourse(course));
    }

    private Enrollment newEnrollment(Course course, UserId student) {
        Enrollment enrollment = Enrollment.enroll(Actor.user(student, Set.of(Role.STUDENT)), course, student, clock);
        enrollment.pullEvents();
        return enrollment;
    }

    @Test
    void storedEnrollmentLoadsBackEqual() {
        Course course = publishedCourse();
        UserId student = new UserId(UUID.randomUUID());
        Enrollment stored = withEnrollments(a -> a.insertEnrollment(newEnrollment(course, student)));

        Enrollment loaded = withEnrollments(a -> a.loadEnrollment(course.id(), student)).orElseThrow();
        assertThat(loaded.id()).isEqualTo(stored.id());
        assertThat(loaded.status()).isEqualTo(EnrollmentStatus.ACTIVE);
        assertThat(loaded.enrolledAt()).isEqualTo(stored.enrolledAt());
        assertThat(loaded.droppedAt()).isEmpty();
        assertThat(loaded.version()).isZero();
    }

    @Test
    void secondInsertForTheSameStudentAndCourseReturnsTheFirst() {
        Course course = publishedCourse();
        UserId student = new UserId(UUID.randomUUID());
        Enrollment first = withEnrollments(a -> a.insertEnrollment(newEnrollment(course, student)));

        Enrollment second = withEnrollments(a -> a.insertEnrollment(newEnrollment(course, student)));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(countRows(course)).isEqualTo(1);
    }

    @Test
    void concurrentInsertsLeaveExactlyOneRowAndAllAgreeOnIt() throws Exception {
        Course course = publishedCourse();
        UserId student = new UserId(UUID.randomUUID());
        List<Callable<Enrollment>> racers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            racers.add(() -> withEnrollments(a -> a.insertEnrollment(newEnrollment(course, student))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(racers.size());
        try {
            List<UUID> ids = new ArrayList<>();
            for (Future<Enrollment> result : pool.invokeAll(racers)) {
                ids.add(result.get().id().value());
            }
            assertThat(ids).containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(countRows(course)).isEqualTo(1);
    }

    @Test
    void updateIncrementsVersionAndRefusesStaleCopies() {
        Course course = publishedCourse();
        UserId student = new UserId(UUID.randomUUID());
        Actor studentActor = Actor.user(student, Set.of(Role.STUDENT));
        withEnrollments(a -> a.insertEnrollment(newEnrollment(course, student)));
        Enrollment copyA = withEnrollments(a -> a.loadEnrollment(course.id(), student)).orElseThrow();
        Enrollment copyB = withEnrollments(a -> a.loadEnrollment(course.id(), student)).orElseThrow();

        copyA.drop(studentActor, course, clock);
        Enrollment saved = withEnrollments(a -> a.updateEnrollment(copyA));
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.droppedAt()).contains(clock.instant());

        copyB.drop(studentActor, course, clock);
        assertThatThrownBy(() -> withEnrollments(a -> a.updateEnrollment(copyB)))
                .isInstanceOf(StaleEnrollmentVersionException.class);
    }

    @Test
    void listsPageByCourseAndByStudent() {
        Course course = publishedCourse();
        Course otherCourse = publishedCourse();
        UserId student = new UserId(UUID.randomUUID());
        withEnrollments(a -> a.insertEnrollment(newEnrollment(course, student)));
        withEnrollments(a -> a.insertEnrollment(newEnrollment(course, new UserId(UUID.randomUUID()))));
        withEnrollments(a -> a.insertEnrollment(newEnrollment(otherCourse, student)));

        var roster = withEnrollments(a -> a.listEnrollmentsOfCourse(course.id(), new PageRequest(0, 1)));
        assertThat(roster.items()).hasSize(1);
        assertThat(roster.total()).isEqualTo(2);
        var own = withEnrollments(a -> a.listEnrollmentsOfStudent(student, new PageRequest(0, 10)));
        assertThat(own.items()).extracting(EnrollmentView::courseId)
                .containsExactlyInAnyOrder(course.id().value(), otherCourse.id().value());
    }

    private long countRows(Course course) {
        return inTransaction(em -> ((Number) em.createNativeQuery("SELECT count(*) FROM enrollment WHERE course_id = ?1")
                .setParameter(1, course.id().value()).getSingleResult()).longValue());
    }
}
