package org.lms.adapter.out.persistence.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lms.application.common.Page;
import org.lms.application.common.PageRequest;
import org.lms.application.port.in.ProgressView;
import org.lms.application.port.out.LoadProgressPort;
import org.lms.application.port.out.QueryProgressPort;
import org.lms.application.port.out.SaveProgressPort;
import org.lms.domain.course.CourseId;
import org.lms.domain.identity.UserId;
import org.lms.domain.lesson.LessonId;
import org.lms.domain.progress.CourseProgress;
import org.lms.domain.progress.LessonAlreadyCompletedException;

/**
 * Completions in {@code lesson_completion} and {@code course_completion}, read for lists through the
 * {@code report_student_progress} view so that the API and the dashboards count the same way.
 * Plain SQL: the rows are facts that are inserted once and never changed.
 */
@ApplicationScoped
public class ProgressPersistenceAdapter implements LoadProgressPort, SaveProgressPort, QueryProgressPort {

    /** ON CONFLICT DO NOTHING: a lost race must not abort the PostgreSQL transaction before we can answer 409. */
    private static final String INSERT_COMPLETION = "INSERT INTO lesson_completion"
            + " (lesson_id, student_id, course_id, completed_at, submission_file_id) VALUES (?1, ?2, ?3, ?4, ?5)"
            + " ON CONFLICT DO NOTHING";
    private static final String INSERT_COURSE_COMPLETION = "INSERT INTO course_completion"
            + " (course_id, student_id, enrolled_at, completed_at) VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING";
    private static final String PROGRESS = "SELECT r.course_id, r.student_id, r.completed_lessons, r.required_lessons,"
            + " r.percentage, r.completed_at,"
            + " (SELECT l.id FROM lesson l WHERE l.course_id = r.course_id AND l.required AND NOT EXISTS"
            + "   (SELECT 1 FROM lesson_completion lc WHERE lc.lesson_id = l.id AND lc.student_id = r.student_id)"
            + "   ORDER BY l.position, l.id LIMIT 1) AS next_lesson_id"
            + " FROM report_student_progress r WHERE r.course_id = ?1";

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    protected ProgressPersistenceAdapter() {
    }

    /** For tests outside the container. */
    public ProgressPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public StoredProgress loadProgress(CourseId courseId, UserId studentId) {
        Map<LessonId, Instant> completed = new HashMap<>();
        List<?> rows = em.createNativeQuery("SELECT lesson_id, completed_at FROM lesson_completion"
                        + " WHERE course_id = ?1 AND student_id = ?2")
                .setParameter(1, courseId.value()).setParameter(2, studentId.value()).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            completed.put(new LessonId(uuid(columns[0])), instant(columns[1]));
        }
        Optional<Instant> courseCompletedAt = em.createNativeQuery("SELECT completed_at FROM course_completion"
                        + " WHERE course_id = ?1 AND student_id = ?2")
                .setParameter(1, courseId.value()).setParameter(2, studentId.value())
                .getResultList().stream().findFirst().map(ProgressPersistenceAdapter::instant);
        return new StoredProgress(completed, courseCompletedAt);
    }

    @Override
    public void saveProgress(CourseProgress progress) {
        for (CourseProgress.Completion completion : progress.newCompletions()) {
            int inserted = em.createNativeQuery(INSERT_COMPLETION)
                    .setParameter(1, completion.lessonId().value())
                    .setParameter(2, progress.studentId().value())
                    .setParameter(3, progress.courseId().value())
                    .setParameter(4, completion.completedAt().atOffset(ZoneOffset.UTC))
                    .setParameter(5, completion.submission().map(file -> file.value()).orElse(null))
                    .executeUpdate();
            if (inserted == 0) {
                throw new LessonAlreadyCompletedException(completion.lessonId());
            }
        }
        progress.courseCompletedAt().ifPresent(completedAt -> em.createNativeQuery(INSERT_COURSE_COMPLETION)
                .setParameter(1, progress.courseId().value())
                .setParameter(2, progress.studentId().value())
                .setParameter(3, progress.enrolledAt().atOffset(ZoneOffset.UTC))
                .setParameter(4, completedAt.atOffset(ZoneOffset.UTC))
                .executeUpdate());
    }

    @Override
    public Page<ProgressView> listProgress(CourseId courseId, PageRequest page) {
        Query query = em.createNativeQuery(PROGRESS + " ORDER BY r.enrolled_at, r.student_id")
                .setParameter(1, courseId.value())
                .setFirstResult(page.offset()).setMaxResults(page.limit());
        List<ProgressView> items = query.getResultList().stream().map(ProgressPersistenceAdapter::toView).toList();
        long total = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM report_student_progress WHERE course_id = ?1")
                .setParameter(1, courseId.value()).getSingleResult()).longValue();
        return new Page<>(items, total, page.offset(), page.limit());
    }

    @Override
    public Optional<ProgressView> findProgress(CourseId courseId, UserId studentId) {
        return em.createNativeQuery(PROGRESS + " AND r.student_id = ?2")
                .setParameter(1, courseId.value()).setParameter(2, studentId.value())
                .getResultList().stream().findFirst().map(ProgressPersistenceAdapter::toView);
    }

    private static ProgressView toView(Object row) {
        Object[] c = (Object[]) row;
        return new ProgressView(uuid(c[0]), uuid(c[1]), ((Number) c[2]).longValue(), ((Number) c[3]).longValue(),
                new BigDecimal(c[4].toString()).doubleValue(), Optional.ofNullable(c[6]).map(ProgressPersistenceAdapter::uuid),
                Optional.ofNullable(c[5]).map(ProgressPersistenceAdapter::instant));
    }

    /** Drivers disagree on the Java type of a uuid column in native results. */
    private static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    /** Hibernate returns timestamptz as OffsetDateTime, Instant or Timestamp depending on version and driver. */
    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return (Instant) value;
    }
}
