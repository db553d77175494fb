package org.lms.adapter.out.persistence.assignment;

import static org.lms.adapter.out.persistence.NativeValues.count;
import static org.lms.adapter.out.persistence.NativeValues.instant;
import static org.lms.adapter.out.persistence.NativeValues.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.lms.adapter.out.persistence.SqlFailures;
import org.lms.application.common.Page;
import org.lms.application.common.PageRequest;
import org.lms.application.port.in.SubmissionView;
import org.lms.application.port.out.LoadSubmissionPort;
import org.lms.application.port.out.QuerySubmissionsPort;
import org.lms.application.port.out.SaveSubmissionPort;
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
 * Submissions in {@code assignment_submission}. Plain SQL: a row is inserted once and graded once;
 * the grade's UPDATE matches only the loaded version of an ungraded row, so of two graders only the
 * first succeeds and the second gets a conflict instead of overwriting the grade. A new row is
 * marked {@code awaiting} until graded, and a unique constraint on the marker (migration V66) refuses
 * a second ungraded submission of the same student and lesson that raced past the domain's check.
 */
@ApplicationScoped
public class SubmissionPersistenceAdapter implements LoadSubmissionPort, SaveSubmissionPort, QuerySubmissionsPort {

    private static final String COLUMNS = "SELECT id, course_id, lesson_id, student_id, file_id, submitted_at, score,"
            + " passed, feedback, graded_by, graded_at, version FROM assignment_submission";
    private static final String INSERT = "INSERT INTO assignment_submission (id, course_id, lesson_id, student_id,"
            + " file_id, submitted_at, version, awaiting) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, TRUE)";
    private static final String GRADE = "UPDATE assignment_submission SET score = ?1, passed = ?2, feedback = ?3,"
            + " graded_by = ?4, graded_at = ?5, version = version + 1, awaiting = NULL"
            + " WHERE id = ?6 AND version = ?7 AND graded_at IS NULL";

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    protected SubmissionPersistenceAdapter() {
    }

    /** For tests outside the container. */
    public SubmissionPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<AssignmentSubmission> loadSubmission(SubmissionId id) {
        return first(em.createNativeQuery(COLUMNS + " WHERE id = ?1").setParameter(1, id.value()));
    }

    @Override
    public Optional<AssignmentSubmission> loadLatestSubmission(LessonId lessonId, UserId studentId) {
        return first(em.createNativeQuery(COLUMNS + " WHERE lesson_id = ?1 AND student_id = ?2"
                        + " ORDER BY submitted_at DESC, id DESC")
                .setParameter(1, lessonId.value()).setParameter(2, studentId.value()).setMaxResults(1));
    }

    @Override
    public void insertSubmission(AssignmentSubmission submission) {
        try {
            em.createNativeQuery(INSERT)
                    .setParameter(1, submission.id().value())
                    .setParameter(2, submission.courseId().value())
                    .setParameter(3, submission.lessonId().value())
                    .setParameter(4, submission.studentId().value())
                    .setParameter(5, submission.fileId().value())
                    .setParameter(6, submission.submittedAt().atOffset(ZoneOffset.UTC))
                    .executeUpdate();
        } catch (PersistenceException e) {
            if (SqlFailures.isUniqueViolation(e)) {
                throw new SubmissionAwaitingGradingException(submission.lessonId());
            }
            throw e;
        }
    }

    @Override
    public void saveGrade(AssignmentSubmission submission) {
        Grade grade = submission.grade().orElseThrow(() -> new IllegalArgumentException("Not graded"));
        int updated = em.createNativeQuery(GRADE)
                .setParameter(1, grade.score().value())
                .setParameter(2, grade.passed())
                .setParameter(3, grade.feedback().orElse(null))
                .setParameter(4, grade.gradedBy().value())
                .setParameter(5, grade.gradedAt().atOffset(ZoneOffset.UTC))
                .setParameter(6, submission.id().value())
                .setParameter(7, submission.version())
                .executeUpdate();
        if (updated == 0) {
            throw new SubmissionAlreadyGradedException(submission.id());
        }
    }

    @Override
    public Page<SubmissionView> listSubmissionsOfCourse(CourseId courseId, boolean graded, PageRequest page) {
        String where = " WHERE course_id = ?1 AND graded_at IS " + (graded ? "NOT NULL" : "NULL");
        return page(em.createNativeQuery(COLUMNS + where + " ORDER BY submitted_at, id"),
                em.createNativeQuery("SELECT COUNT(*) FROM assignment_submission" + where), page, courseId.value());
    }

    @Override
    public Page<SubmissionView> listSubmissionsOfStudent(UserId studentId, Optional<CourseId> courseId,
                                                         PageRequest page) {
        String where = " WHERE student_id = ?1" + (courseId.isPresent() ? " AND course_id = ?2" : "");
        Query items = em.createNativeQuery(COLUMNS + where + " ORDER BY submitted_at DESC, id DESC");
        Query total = em.createNativeQuery("SELECT COUNT(*) FROM assignment_submission" + where);
        courseId.ifPresent(course -> {
            items.setParameter(2, course.value());
            total.setParameter(2, course.value());
        });
        return page(items, total, page, studentId.value());
    }

    private static Page<SubmissionView> page(Query items, Query total, PageRequest page, Object first) {
        List<SubmissionView> views = items.setParameter(1, first).setFirstResult(page.offset())
                .setMaxResults(page.limit()).getResultList().stream()
                .map(row -> SubmissionView.of(toDomain((Object[]) row))).toList();
        return new Page<>(views, count(total.setParameter(1, first).getSingleResult()), page.offset(), page.limit());
    }

    private static Optional<AssignmentSubmission> first(Query query) {
        return query.getResultList().stream().findFirst().map(row -> toDomain((Object[]) row));
    }

    private static AssignmentSubmission toDomain(Object[] c) {
        Optional<Grade> grade = Optional.ofNullable(c[10]).map(gradedAt -> new Grade(
                new Score(((Number) c[6]).intValue()), Optional.ofNullable((String) c[8]), (Boolean) c[7],
                new UserId(uuid(c[9])), instant(gradedAt)));
        return AssignmentSubmission.restore(new SubmissionId(uuid(c[0])), new CourseId(uuid(c[1])),
                new LessonId(uuid(c[2])), new UserId(uuid(c[3])), new FileId(uuid(c[4])), instant(c[5]), grade,
                count(c[11]));
    }
}
