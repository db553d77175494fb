package org.lms.adapter.out.persistence.engagement;

import static org.lms.adapter.out.persistence.NativeValues.count;
import static org.lms.adapter.out.persistence.NativeValues.instant;
import static org.lms.adapter.out.persistence.NativeValues.number;
import static org.lms.adapter.out.persistence.NativeValues.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lms.application.common.Page;
import org.lms.application.common.PageRequest;
import org.lms.application.port.in.EngagementView;
import org.lms.application.port.out.QueryEngagementPort;
import org.lms.application.port.out.RecomputeEngagementPort;
import org.lms.domain.course.CourseId;
import org.lms.domain.engagement.EngagementScore;
import org.lms.domain.identity.UserId;

/**
 * Engagement in plain SQL. The recomputation reads active enrollments with their completions and
 * closed quiz attempts since the window's start (through the completion index and the attempts'
 * per-student close-time index of V67, so old history is never read) and replaces the table's rows
 * in its own transaction; lists read the {@code report_engagement} view.
 */
@ApplicationScoped
public class EngagementPersistenceAdapter implements RecomputeEngagementPort, QueryEngagementPort {

    private static final String RECENT = "SELECT e.course_id, e.student_id, lc.completed_at FROM enrollment e"
            + " LEFT JOIN lesson_completion lc ON lc.course_id = e.course_id AND lc.student_id = e.student_id"
            + " AND lc.completed_at >= ?1 WHERE e.status = 'ACTIVE'";
    private static final String RECENT_QUIZ_ATTEMPTS = "SELECT e.course_id, e.student_id, a.closed_at FROM enrollment e"
            + " JOIN quiz_attempt a ON a.course_id = e.course_id AND a.student_id = e.student_id"
            + " AND a.closed_at >= ?1 WHERE e.status = 'ACTIVE'";
    private static final String INSERT = "INSERT INTO engagement_score"
            + " (course_id, student_id, score, recent_activity, active_days, computed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
    private static final String VIEW = "SELECT course_id, student_id, score, recent_activity, active_days, computed_at"
            + " FROM report_engagement";

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    protected EngagementPersistenceAdapter() {
    }

    /** For tests outside the container. */
    public EngagementPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<RecentActivity> recentActivity(Instant since) {
        Map<List<UUID>, List<Instant>> completions = timesByEnrollment(RECENT, since);
        Map<List<UUID>, List<Instant>> attempts = timesByEnrollment(RECENT_QUIZ_ATTEMPTS, since);
        return completions.entrySet().stream().map(e -> new RecentActivity(new CourseId(e.getKey().get(0)),
                new UserId(e.getKey().get(1)), e.getValue(), attempts.getOrDefault(e.getKey(), List.of()))).toList();
    }

    /** Rows of (course, student, time or NULL) grouped by enrollment, in the order the query gives them. */
    private Map<List<UUID>, List<Instant>> timesByEnrollment(String sql, Instant since) {
        Map<List<UUID>, List<Instant>> byEnrollment = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery(sql).setParameter(1, since.atOffset(ZoneOffset.UTC)).getResultList()) {
            Object[] c = (Object[]) row;
            List<Instant> times = byEnrollment.computeIfAbsent(List.of(uuid(c[0]), uuid(c[1])), key -> new ArrayList<>());
            if (c[2] != null) {
                times.add(instant(c[2]));
            }
        }
        return byEnrollment;
    }

    @Override
    public void replaceScores(Map<RecentActivity, EngagementScore> scores, Instant at) {
        em.createNativeQuery("DELETE FROM engagement_score").executeUpdate();
        scores.forEach((activity, score) -> em.createNativeQuery(INSERT)
                .setParameter(1, activity.courseId().value())
                .setParameter(2, activity.studentId().value())
                .setParameter(3, BigDecimal.valueOf(score.value()))
                .setParameter(4, BigDecimal.valueOf(score.recentActivity()))
                .setParameter(5, score.activeDays())
                .setParameter(6, at.atOffset(ZoneOffset.UTC))
                .executeUpdate());
    }

    @Override
    public Page<EngagementView> listCourseEngagement(CourseId courseId, PageRequest page) {
        return page(" WHERE course_id = ?1", " ORDER BY score DESC, student_id", courseId.value(), page);
    }

    @Override
    public Page<EngagementView> listStudentEngagement(UserId studentId, PageRequest page) {
        return page(" WHERE student_id = ?1", " ORDER BY course_id", studentId.value(), page);
    }

    private Page<EngagementView> page(String where, String order, UUID id, PageRequest page) {
        List<EngagementView> items = em.createNativeQuery(VIEW + where + order).setParameter(1, id)
                .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                .map(EngagementPersistenceAdapter::toView).toList();
        long total = count(em.createNativeQuery("SELECT COUNT(*) FROM report_engagement" + where).setParameter(1, id)
                .getSingleResult());
        return new Page<>(items, total, page.offset(), page.limit());
    }

    private static EngagementView toView(Object row) {
        Object[] c = (Object[]) row;
        return new EngagementView(uuid(c[0]), uuid(c[1]), number(c[2]), number(c[3]), (int) count(c[4]),
                instant(c[5]));
    }
}
