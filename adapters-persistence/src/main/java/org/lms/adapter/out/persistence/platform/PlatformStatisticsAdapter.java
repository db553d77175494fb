package org.lms.adapter.out.persistence.platform;

import static org.lms.adapter.out.persistence.NativeValues.count;
import static org.lms.adapter.out.persistence.NativeValues.instant;
import static org.lms.adapter.out.persistence.NativeValues.number;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lms.application.port.out.ActivityWindow;
import org.lms.application.port.out.MeasurePlatformPort;
import org.lms.application.port.out.PlatformStatistics;
import org.lms.domain.engagement.EngagementScore;
import org.lms.domain.identity.Role;

/**
 * Five aggregates per refresh: active users (only rows seen in the last day, by the last-seen
 * index), active enrollments and their completions, the stored engagement scores (one row per
 * active enrollment), the submissions awaiting grading (their count and the oldest, from the
 * index that starts with the ungraded rows), and the quiz attempts awaiting review (the view that
 * looks only at failed attempts reaching their quiz's maximum).
 */
@ApplicationScoped
public class PlatformStatisticsAdapter implements MeasurePlatformPort {

    private static final Map<Role, String> ROLE_COLUMNS = Map.of(Role.STUDENT, "is_student",
            Role.INSTRUCTOR, "is_instructor", Role.ADMIN, "is_admin");

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    protected PlatformStatisticsAdapter() {
    }

    /** For tests outside the container. */
    public PlatformStatisticsAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public PlatformStatistics measurePlatform(Instant now) {
        Object[] enrollments = (Object[]) em.createNativeQuery("SELECT COUNT(e.id), COUNT(cc.student_id)"
                + " FROM enrollment e LEFT JOIN course_completion cc"
                + " ON cc.course_id = e.course_id AND cc.student_id = e.student_id WHERE e.status = 'ACTIVE'")
                .getSingleResult();
        long active = count(enrollments[0]);
        double completionRate = active == 0 ? 0 : (double) count(enrollments[1]) / active;
        Object[] submissions = (Object[]) em.createNativeQuery("SELECT COUNT(*), MIN(submitted_at)"
                + " FROM assignment_submission WHERE graded_at IS NULL").getSingleResult();
        Object[] reviews = (Object[]) em.createNativeQuery("SELECT COUNT(*), MIN(closed_at)"
                + " FROM report_quiz_attempts_awaiting_review").getSingleResult();
        Object[] engagement = engagement();
        Map<String, Long> bands = new LinkedHashMap<>();
        for (int i = 0; i < EngagementScore.BANDS.size(); i++) {
            bands.put(EngagementScore.BANDS.get(i), count(engagement[i + 1]));
        }
        return new PlatformStatistics(now, activeUsers(now), completionRate, number(engagement[0]), bands,
                count(submissions[0]), ageOf(submissions[1], now), count(reviews[0]), ageOf(reviews[1], now));
    }

    private static Duration ageOf(Object since, Instant now) {
        Duration age = since == null ? Duration.ZERO : Duration.between(instant(since), now);
        return age.isNegative() ? Duration.ZERO : age;
    }

    /** Average and the five bands; 100 falls in the last band like in {@code EngagementScore.band()}. */
    private Object[] engagement() {
        return (Object[]) em.createNativeQuery("SELECT AVG(score),"
                + " SUM(CASE WHEN score < 20 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN score >= 20 AND score < 40 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN score >= 40 AND score < 60 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN score >= 60 AND score < 80 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN score >= 80 THEN 1 ELSE 0 END) FROM engagement_score").getSingleResult();
    }

    private Map<Role, Map<ActivityWindow, Long>> activeUsers(Instant now) {
        StringBuilder sql = new StringBuilder("SELECT ");
        List<Role> roles = List.of(Role.values());
        List<ActivityWindow> windows = List.of(ActivityWindow.values());
        for (Role role : roles) {
            for (ActivityWindow window : windows) {
                sql.append("SUM(CASE WHEN ").append(ROLE_COLUMNS.get(role)).append(" AND last_seen_at >= ?")
                        .append(window.ordinal() + 1).append(" THEN 1 ELSE 0 END), ");
            }
        }
        sql.setLength(sql.length() - 2);
        sql.append(" FROM user_activity WHERE last_seen_at >= ?").append(windows.size() + 1);
        var query = em.createNativeQuery(sql.toString());
        Duration longest = Duration.ZERO;
        for (ActivityWindow window : windows) {
            query.setParameter(window.ordinal() + 1, now.minus(window.length()).atOffset(ZoneOffset.UTC));
            longest = window.length().compareTo(longest) > 0 ? window.length() : longest;
        }
        query.setParameter(windows.size() + 1, now.minus(longest).atOffset(ZoneOffset.UTC));
        Object[] sums = (Object[]) query.getSingleResult();
        Map<Role, Map<ActivityWindow, Long>> counted = new EnumMap<>(Role.class);
        int column = 0;
        for (Role role : roles) {
            Map<ActivityWindow, Long> perWindow = new EnumMap<>(ActivityWindow.class);
            for (ActivityWindow window : windows) {
                perWindow.put(window, count(sums[column++]));
            }
            counted.put(role, perWindow);
        }
        return counted;
    }
}
