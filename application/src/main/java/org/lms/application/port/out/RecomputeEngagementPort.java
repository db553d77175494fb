package org.lms.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.lms.domain.course.CourseId;
import org.lms.domain.engagement.EngagementScore;
import org.lms.domain.identity.UserId;

/** What the engagement recomputation reads and writes. */
public interface RecomputeEngagementPort {

    /**
     * One active enrollment with its lesson completions and the close times of its quiz attempts
     * since a moment (each empty when there were none).
     */
    record RecentActivity(CourseId courseId, UserId studentId, List<Instant> completions, List<Instant> quizAttempts) {

        public RecentActivity {
            completions = List.copyOf(completions);
            quizAttempts = List.copyOf(quizAttempts);
        }
    }

    /** Every active enrollment with its activity at or after {@code since}; older activity is not read. */
    List<RecentActivity> recentActivity(Instant since);

    /** Replaces every stored score with these, computed at {@code at}. */
    void replaceScores(Map<RecentActivity, EngagementScore> scores, Instant at);
}
