package org.lms.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.lms.domain.course.CourseId;
import org.lms.domain.engagement.EngagementScore;
import org.lms.domain.identity.UserId;

/** What the engagement recomputation reads and writes. */
public interface RecomputeEngagementPort {

    /** One active enrollment and its lesson completions since a moment (none when it had none). */
    record RecentActivity(CourseId courseId, UserId studentId, List<Instant> completions) {

        public RecentActivity {
            completions = List.copyOf(completions);
        }
    }

    /** Every active enrollment with its completions at or after {@code since}; older completions are not read. */
    List<RecentActivity> recentActivity(Instant since);

    /** Replaces every stored score with these, computed at {@code at}. */
    void replaceScores(Map<RecentActivity, EngagementScore> scores, Instant at);
}
