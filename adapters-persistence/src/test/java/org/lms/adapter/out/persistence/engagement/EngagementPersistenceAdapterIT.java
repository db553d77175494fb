package org.lms.adapter.out.persistence.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lms.adapter.out.persistence.TestPersistence;
import org.lms.adapter.out.persistence.platform.PlatformStatisticsAdapter;
import org.lms.adapter.out.persistence.platform.UserActivityPersistenceAdapter;
import org.lms.application.common.PageRequest;
import org.lms.application.port.in.EngagementView;
import org.lms.application.port.out.ActivityWindow;
import org.lms.application.port.out.PlatformStatistics;
import org.lms.application.port.out.QueryWorkloadPort.Workload;
import org.lms.application.port.out.RecomputeEngagementPort.RecentActivity;
import org.lms.domain.course.CourseId;
import org.lms.domain.engagement.EngagementScore;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserId;

/**
 * Engagement, workload and platform aggregates against a real PostgreSQL with the production
 * migrations and views. One database for the class, so each test works on fresh courses and
 * compares platform-wide numbers as differences.
 */
class EngagementPersistenceAdapterIT {

    private static TestPersistence db;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @BeforeAll
    static void database() throws Exception {
        db = TestPersistence.open("engagement_adapter");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        return db.inTransaction(work);
    }

    private void sql(String statement, Object... parameters) {
        inTransaction(em -> {
            var query = em.createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                Object value = parameters[i] instanceof Instant at ? at.atOffset(ZoneOffset.UTC) : parameters[i];
                query.setParameter(i + 1, value);
            }
            return query.executeUpdate();
        });
    }

    private UUID course(UUID instructor) {
        UUID id = UUID.randomUUID();
        sql("INSERT INTO course (id, code, title, description, instructor_id, status, created_at, updated_at,"
                + " published_at, version) VALUES (?1, ?2, 'T', '', ?3, 'PUBLISHED', ?4, ?4, ?4, 0)",
                id, "E-" + id.toString().substring(0, 8), instructor, now);
        return id;
    }

    private UUID lesson(UUID course, int position) {
        UUID id = UUID.randomUUID();
        sql("INSERT INTO lesson (id, course_id, position, title, type, completion_rule, required, body, created_at,"
                + " updated_at) VALUES (?1, ?2, ?3, 'L', 'TEXT', 'VIEWED', TRUE, 'x', ?4, ?4)", id, course, position, now);
        return id;
    }

    private UUID enroll(UUID course, String status) {
        UUID student = UUID.randomUUID();
        sql("INSERT INTO enrollment (id, course_id, student_id, status, enrolled_at, dropped_at, version)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0)", UUID.randomUUID(), course, student, status, now,
                status.equals("DROPPED") ? now : null);
        return student;
    }

    /** A failed attempt closed at {@code closedAt}. */
    private void attempt(UUID quiz, UUID course, UUID lesson, UUID student, int number, Instant closedAt) {
        sql("INSERT INTO quiz_attempt (id, quiz_id, course_id, lesson_id, student_id, attempt_number, status, started_at,"
                + " closed_at, points_earned, points_total, score_percent, passed) VALUES (?1, ?2, ?3, ?4, ?5, ?6,"
                + " 'SUBMITTED', ?7, ?7, 0, 1, 0, FALSE)", UUID.randomUUID(), quiz, course, lesson, student, number,
                closedAt);
    }

    private void complete(UUID lesson, UUID student, UUID course, Instant at) {
        sql("INSERT INTO lesson_completion (lesson_id, student_id, course_id, completed_at) VALUES (?1, ?2, ?3, ?4)",
                lesson, student, course, at);
    }

    @Test
    void recomputationReadsActiveEnrollmentsWithTheirRecentCompletionsAndListsTheScores() {
        UUID instructor = UUID.randomUUID();
        UUID course = course(instructor);
        UUID first = lesson(course, 0);
        UUID second = lesson(course, 1);
        UUID busy = enroll(course, "ACTIVE");
        UUID idle = enroll(course, "ACTIVE");
        UUID dropped = enroll(course, "DROPPED");
        complete(first, busy, course, now.minus(Duration.ofDays(1)));
        complete(second, busy, course, now.minus(Duration.ofDays(40)));
        complete(first, idle, course, now.minus(Duration.ofDays(60)));
        complete(first, dropped, course, now);
        UUID quiz = UUID.randomUUID();
        sql("INSERT INTO quiz (id, course_id, lesson_id, pass_mark_percent, scoring_policy, shuffle, reveal_answers,"
                + " created_at, updated_at) VALUES (?1, ?2, ?3, 50, 'HIGHEST', FALSE, FALSE, ?4, ?4)", quiz, course, second, now);
        attempt(quiz, course, second, idle, 1, now.minus(Duration.ofDays(2)));
        attempt(quiz, course, second, idle, 2, now.minus(Duration.ofDays(45)));
        attempt(quiz, course, second, dropped, 1, now);

        List<RecentActivity> recent = inTransaction(em -> new EngagementPersistenceAdapter(em)
                .recentActivity(now.minus(Duration.ofDays(30)))).stream()
                .filter(a -> a.courseId().value().equals(course)).toList();
        assertThat(recent).extracting(a -> a.studentId().value()).containsExactlyInAnyOrder(busy, idle);
        assertThat(recent).filteredOn(a -> a.studentId().value().equals(busy)).singleElement()
                .satisfies(a -> {
                    assertThat(a.completions()).containsExactly(now.minus(Duration.ofDays(1)));
                    assertThat(a.quizAttempts()).isEmpty();
                });
        assertThat(recent).filteredOn(a -> a.studentId().value().equals(idle)).singleElement()
                .satisfies(a -> {
                    assertThat(a.completions()).isEmpty();
                    assertThat(a.quizAttempts()).containsExactly(now.minus(Duration.ofDays(2)));
                });

        Map<RecentActivity, EngagementScore> scores = new LinkedHashMap<>();
        recent.forEach(a -> scores.put(a, EngagementScore.of(a.completions(), a.quizAttempts(), now)));
        inTransaction(em -> {
            new EngagementPersistenceAdapter(em).replaceScores(scores, now);
            return null;
        });

        List<EngagementView> listed = inTransaction(em -> new EngagementPersistenceAdapter(em)
                .listCourseEngagement(new CourseId(course), new PageRequest(0, 10))).items();
        assertThat(listed).extracting(EngagementView::studentId).containsExactly(busy, idle);
        assertThat(listed.get(0).score()).isEqualTo(scores.get(recent.stream()
                .filter(a -> a.studentId().value().equals(busy)).findFirst().orElseThrow()).value());
        assertThat(listed.get(0).computedAt()).isEqualTo(now);
        assertThat(inTransaction(em -> new EngagementPersistenceAdapter(em)
                .listStudentEngagement(new UserId(idle), new PageRequest(0, 10))).total()).isEqualTo(1);
    }

    @Test
    void workloadCountsCoursesStudentsOnceAndNothingForStrangers() {
        UUID instructor = UUID.randomUUID();
        UUID first = course(instructor);
        UUID second = course(instructor);
        enroll(first, "ACTIVE");
        enroll(second, "ACTIVE");
        enroll(second, "DROPPED");

        Workload workload = inTransaction(em -> new WorkloadPersistenceAdapter(em)
                .findWorkload(new UserId(instructor)));
        assertThat(workload).isEqualTo(new Workload(2, 2, 0, Optional.empty(), 0, Optional.empty()));
        Workload stranger = inTransaction(em -> new WorkloadPersistenceAdapter(em)
                .findWorkload(new UserId(UUID.randomUUID())));
        assertThat(stranger).isEqualTo(new Workload(0, 0, 0, Optional.empty(), 0, Optional.empty()));
    }

    @Test
    void activeUsersAreCountedPerRoleAndWindow() {
        PlatformStatistics before = inTransaction(em -> new PlatformStatisticsAdapter(em).measurePlatform(now));
        UUID student = UUID.randomUUID();
        UUID teachingAdmin = UUID.randomUUID();
        inTransaction(em -> {
            UserActivityPersistenceAdapter activity = new UserActivityPersistenceAdapter(em);
            activity.recordSeen(new UserId(student), Set.of(Role.STUDENT), now.minus(Duration.ofMinutes(30)));
            activity.recordSeen(new UserId(student), Set.of(Role.STUDENT), now.minus(Duration.ofMinutes(2)));
            activity.recordSeen(new UserId(teachingAdmin), Set.of(Role.INSTRUCTOR, Role.ADMIN),
                    now.minus(Duration.ofHours(3)));
            return null;
        });

        PlatformStatistics after = inTransaction(em -> new PlatformStatisticsAdapter(em).measurePlatform(now));
        assertThat(after.activeUsers(Role.STUDENT, ActivityWindow.FIVE_MINUTES)
                - before.activeUsers(Role.STUDENT, ActivityWindow.FIVE_MINUTES)).isEqualTo(1);
        assertThat(after.activeUsers(Role.INSTRUCTOR, ActivityWindow.ONE_HOUR)
                - before.activeUsers(Role.INSTRUCTOR, ActivityWindow.ONE_HOUR)).isZero();
        assertThat(after.activeUsers(Role.INSTRUCTOR, ActivityWindow.ONE_DAY)
                - before.activeUsers(Role.INSTRUCTOR, ActivityWindow.ONE_DAY)).isEqualTo(1);
        assertThat(after.activeUsers(Role.ADMIN, ActivityWindow.ONE_DAY)
                - before.activeUsers(Role.ADMIN, ActivityWindow.ONE_DAY)).isEqualTo(1);
        assertThat(after.completionRate()).isBetween(0.0, 1.0);
    }
}
