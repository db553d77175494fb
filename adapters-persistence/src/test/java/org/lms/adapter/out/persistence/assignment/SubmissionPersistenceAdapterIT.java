package org.lms.adapter.out.persistence.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lms.adapter.out.persistence.TestDatabase;
import org.lms.adapter.out.persistence.TestPersistence;
import org.lms.adapter.out.persistence.engagement.WorkloadPersistenceAdapter;
import org.lms.adapter.out.persistence.platform.PlatformStatisticsAdapter;
import org.lms.application.common.PageRequest;
import org.lms.application.port.in.SubmissionView;
import org.lms.application.port.out.PlatformStatistics;
import org.lms.application.port.out.QueryWorkloadPort.Workload;
import org.lms.domain.assignment.AssignmentSubmission;
import org.lms.domain.assignment.Grade;
import org.lms.domain.assignment.Score;
import org.lms.domain.assignment.SubmissionAlreadyGradedException;
import org.lms.domain.assignment.SubmissionAwaitingGradingException;
import org.lms.domain.assignment.SubmissionId;
import org.lms.domain.course.CourseId;
import org.lms.domain.file.FileId;
import org.lms.domain.identity.UserId;
import org.lms.domain.lesson.LessonId;

/**
 * Submissions, their grades, and the workload view and platform gauges that count the ungraded
 * ones, against a real PostgreSQL with the production migrations. One database for the class, so
 * platform-wide numbers are compared as differences.
 */
class SubmissionPersistenceAdapterIT {

    private static TestPersistence db;
    private static String url;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @BeforeAll
    static void database() throws Exception {
        db = TestPersistence.open("submission_adapter");
        url = db.url();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private <T> T inTransaction(Function<SubmissionPersistenceAdapter, T> work) {
        return inEntityManager(em -> work.apply(new SubmissionPersistenceAdapter(em)));
    }

    private <T> T inEntityManager(Function<EntityManager, T> work) {
        return db.inTransaction(work);
    }

    private static void sql(String jdbcUrl, String statement, Object... parameters) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, TestDatabase.USER, TestDatabase.PASSWORD);
             var query = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                Object value = parameters[i] instanceof Instant at ? at.atOffset(ZoneOffset.UTC) : parameters[i];
                query.setObject(i + 1, value);
            }
            query.executeUpdate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private record Fixture(CourseId course, LessonId lesson, UUID instructor) {
    }

    private Fixture assignment(String jdbcUrl) {
        UUID instructor = UUID.randomUUID();
        UUID course = UUID.randomUUID();
        UUID lesson = UUID.randomUUID();
        sql(jdbcUrl, "INSERT INTO course (id, code, title, description, instructor_id, status, created_at, updated_at,"
                + " published_at, version) VALUES (?, ?, 'T', '', ?, 'PUBLISHED', ?, ?, ?, 0)",
                course, "S-" + course.toString().substring(0, 8), instructor, now, now, now);
        sql(jdbcUrl, "INSERT INTO lesson (id, course_id, position, title, type, completion_rule, required, body,"
                + " due_at, created_at, updated_at) VALUES (?, ?, 0, 'Essay', 'ASSIGNMENT', 'SUBMITTED', TRUE, 'Write',"
                + " ?, ?, ?)", lesson, course, now, now, now);
        return new Fixture(new CourseId(course), new LessonId(lesson), instructor);
    }

    private static FileId file(String jdbcUrl, CourseId course, UUID owner, Instant at) {
        UUID id = UUID.randomUUID();
        sql(jdbcUrl, "INSERT INTO stored_file (id, course_id, owner_id, purpose, original_name, content_type,"
                + " size_bytes, sha256, storage_key, created_at) VALUES (?, ?, ?, 'SUBMISSION', 'a.txt', 'text/plain',"
                + " 1, ?, ?, ?)", id, course.value(), owner, "a".repeat(64), id.toString(), at);
        return new FileId(id);
    }

    private AssignmentSubmission submitted(Fixture fixture, UUID student, Instant at) {
        AssignmentSubmission submission = AssignmentSubmission.restore(SubmissionId.newId(), fixture.course(),
                fixture.lesson(), new UserId(student), file(url, fixture.course(), student, at), at, Optional.empty(), 0);
        inTransaction(adapter -> {
            adapter.insertSubmission(submission);
            return null;
        });
        return submission;
    }

    private void grade(AssignmentSubmission loaded, int score, UUID grader) {
        AssignmentSubmission graded = AssignmentSubmission.restore(loaded.id(), loaded.courseId(), loaded.lessonId(),
                loaded.studentId(), loaded.fileId(), loaded.submittedAt(), Optional.of(new Grade(new Score(score),
                        Optional.of("Feedback for " + score), score >= 50, new UserId(grader), now)), loaded.version());
        inTransaction(adapter -> {
            adapter.saveGrade(graded);
            return null;
        });
    }

    @Test
    void aSubmissionIsGradedOnceAndListedByStatusOldestFirst() {
        Fixture fixture = assignment(url);
        UUID student = UUID.randomUUID();
        AssignmentSubmission first = submitted(fixture, student, now.minus(Duration.ofHours(3)));
        AssignmentSubmission second = submitted(fixture, UUID.randomUUID(), now.minus(Duration.ofHours(2)));
        assertThatThrownBy(() -> submitted(fixture, student, now.minus(Duration.ofMinutes(150))))
                .as("a second ungraded submission of the same student and lesson")
                .isInstanceOf(SubmissionAwaitingGradingException.class);

        AssignmentSubmission loaded = inTransaction(adapter -> adapter.loadSubmission(first.id())).orElseThrow();
        assertThat(loaded.awaitsGrading()).isTrue();
        grade(loaded, 40, fixture.instructor());
        assertThatThrownBy(() -> grade(loaded, 90, fixture.instructor()))
                .isInstanceOf(SubmissionAlreadyGradedException.class);
        AssignmentSubmission third = submitted(fixture, student, now.minus(Duration.ofHours(1)));
        Optional<AssignmentSubmission> latest = inTransaction(adapter -> adapter.loadLatestSubmission(fixture.lesson(),
                new UserId(student)));
        assertThat(latest).hasValueSatisfying(last -> assertThat(last.id()).isEqualTo(third.id()));

        AssignmentSubmission graded = inTransaction(adapter -> adapter.loadSubmission(first.id())).orElseThrow();
        assertThat(graded.version()).isEqualTo(1);
        assertThat(graded.grade()).hasValueSatisfying(grade -> {
            assertThat(grade.score().value()).isEqualTo(40);
            assertThat(grade.passed()).isFalse();
            assertThat(grade.feedback()).contains("Feedback for 40");
            assertThat(grade.gradedBy().value()).isEqualTo(fixture.instructor());
            assertThat(grade.gradedAt()).isEqualTo(now);
        });

        var awaiting = inTransaction(adapter -> adapter.listSubmissionsOfCourse(fixture.course(), false,
                new PageRequest(0, 1)));
        assertThat(awaiting.total()).isEqualTo(2);
        assertThat(awaiting.items()).extracting(SubmissionView::id).containsExactly(second.id().value());
        assertThat(inTransaction(adapter -> adapter.listSubmissionsOfCourse(fixture.course(), true,
                new PageRequest(0, 10))).items()).extracting(SubmissionView::id).containsExactly(first.id().value());
        var own = inTransaction(adapter -> adapter.listSubmissionsOfStudent(new UserId(student),
                Optional.of(fixture.course()), new PageRequest(0, 10)));
        assertThat(own.items()).extracting(SubmissionView::id).containsExactly(third.id().value(), first.id().value());
        assertThat(inTransaction(adapter -> adapter.listSubmissionsOfStudent(new UserId(student),
                Optional.of(new CourseId(UUID.randomUUID())), new PageRequest(0, 10))).total()).isZero();
        Optional<AssignmentSubmission> unknown = inTransaction(adapter -> adapter.loadSubmission(
                new SubmissionId(UUID.randomUUID())));
        assertThat(unknown).isEmpty();
    }

    @Test
    void workloadAndPlatformGaugesCountOnlyUngradedSubmissions() {
        Fixture fixture = assignment(url);
        PlatformStatistics before = inEntityManager(em -> new PlatformStatisticsAdapter(em).measurePlatform(now));
        AssignmentSubmission oldest = submitted(fixture, UUID.randomUUID(), now.minus(Duration.ofDays(400)));
        AssignmentSubmission waiting = submitted(fixture, UUID.randomUUID(), now.minus(Duration.ofHours(5)));

        Workload both = inEntityManager(em -> new WorkloadPersistenceAdapter(em)
                .findWorkload(new UserId(fixture.instructor())));
        assertThat(both).isEqualTo(new Workload(1, 0, 2, Optional.of(oldest.submittedAt()), 0, Optional.empty()));
        PlatformStatistics during = inEntityManager(em -> new PlatformStatisticsAdapter(em).measurePlatform(now));
        assertThat(during.submissionsAwaitingGrading() - before.submissionsAwaitingGrading()).isEqualTo(2);
        assertThat(during.oldestSubmissionAge()).isEqualTo(Duration.ofDays(400));

        grade(oldest, 80, fixture.instructor());

        Workload one = inEntityManager(em -> new WorkloadPersistenceAdapter(em)
                .findWorkload(new UserId(fixture.instructor())));
        assertThat(one).isEqualTo(new Workload(1, 0, 1, Optional.of(waiting.submittedAt()), 0, Optional.empty()));
        PlatformStatistics after = inEntityManager(em -> new PlatformStatisticsAdapter(em).measurePlatform(now));
        assertThat(after.submissionsAwaitingGrading() - before.submissionsAwaitingGrading()).isEqualTo(1);
        assertThat(after.oldestSubmissionAge()).isLessThan(Duration.ofDays(400));
    }

    @Test
    void theMigrationTurnsEarlierSubmissionsIntoUngradedOnesAndNamesCertificateHolders() throws Exception {
        String old = TestDatabase.recreateAt("submission_migration", "50");
        Fixture fixture = assignment(old);
        UUID student = UUID.randomUUID();
        Instant submittedAt = now.minus(Duration.ofDays(2));
        FileId file = file(old, fixture.course(), student, submittedAt);
        sql(old, "INSERT INTO lesson_completion (lesson_id, student_id, course_id, completed_at, submission_file_id)"
                + " VALUES (?, ?, ?, ?, ?)", fixture.lesson().value(), student, fixture.course().value(), submittedAt,
                file.value());
        sql(old, "INSERT INTO users (id, email, display_name, password_hash, roles, email_verified, mfa_enabled,"
                + " last_totp_step, recovery_code_hashes, created_at, version) VALUES (?, 'ada@example.org',"
                + " 'Ada Lovelace', 'x', 'STUDENT', TRUE, FALSE, -1, '', ?, 0)", student, now);
        sql(old, "INSERT INTO certificate (id, code, course_id, student_id, course_title, holder_name, issued_at)"
                + " VALUES (?, 'ABCDEFGHJKMNPQRSTVWX', ?, ?, 'T', ?, ?)", UUID.randomUUID(), fixture.course().value(),
                student, student.toString(), now);

        TestDatabase.migrate(old, null);

        try (Connection c = DriverManager.getConnection(old, TestDatabase.USER, TestDatabase.PASSWORD)) {
            ResultSet submission = c.createStatement().executeQuery("SELECT id, student_id, file_id, submitted_at,"
                    + " graded_at, version FROM assignment_submission");
            assertThat(submission.next()).isTrue();
            assertThat(submission.getObject("file_id")).isEqualTo(file.value());
            assertThat(submission.getObject("student_id")).isEqualTo(student);
            assertThat(submission.getTimestamp("submitted_at").toInstant()).isEqualTo(submittedAt);
            assertThat(submission.getObject("graded_at")).isNull();
            assertThat(submission.next()).isFalse();
            ResultSet certificate = c.createStatement().executeQuery("SELECT holder_name FROM certificate");
            assertThat(certificate.next()).isTrue();
            assertThat(certificate.getString(1)).isEqualTo("Ada Lovelace");
            ResultSet lesson = c.createStatement().executeQuery("SELECT pass_score FROM lesson");
            assertThat(lesson.next()).isTrue();
            assertThat(lesson.getInt(1)).isEqualTo(50);
            ResultSet workload = c.createStatement().executeQuery("SELECT submissions_awaiting_grading"
                    + " FROM report_instructor_workload WHERE instructor_id = '" + fixture.instructor() + "'");
            assertThat(workload.next()).isTrue();
            assertThat(workload.getLong(1)).isEqualTo(1);
        }
    }
}
