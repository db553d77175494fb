package org.lms.domain.engagement;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A student's engagement in one course, 0..100, computed only from lesson completions of the last
 * {@value #WINDOW_DAYS} days (completions are the only activity the platform records per course;
 * quiz attempts join the formula once quizzes exist):
 *
 * <pre>
 * R     = sum over those completions of 2^(-age_in_days / 7)      (recent activity: half-life 7 days)
 * D     = number of distinct UTC days with a completion            (active days, 0..30)
 * score = 60 * (1 - e^(-R / 3)) + 40 * min(D, 10) / 10            (rounded to 2 decimals)
 * </pre>
 *
 * A completion today adds 1 to R, one a week old 0.5. The activity part saturates (R = 3, three fresh
 * completions, already gives 38 of its 60 points), so bulk-completing a course in one sitting cannot
 * outscore steady work, which the active-days part rewards: ten distinct days in the window give its
 * full 40 points. No activity in the window is 0.
 *
 * @param value the score, 0..100
 * @param recentActivity R
 * @param activeDays D
 */
public record EngagementScore(double value, double recentActivity, int activeDays) {

    public static final int WINDOW_DAYS = 30;
    /** The distribution bands of {@link #band()}, lowest first. */
    public static final List<String> BANDS = List.of("0-20", "20-40", "40-60", "60-80", "80-100");
    static final double HALF_LIFE_DAYS = 7;
    static final double ACTIVITY_WEIGHT = 60;
    static final double ACTIVITY_SCALE = 3;
    static final double DAYS_WEIGHT = 40;
    static final int DAYS_FOR_FULL_CREDIT = 10;

    public EngagementScore {
        if (value < 0 || value > 100 || recentActivity < 0 || activeDays < 0) {
            throw new IllegalArgumentException("Engagement out of range: " + value + ", " + recentActivity + ", "
                    + activeDays);
        }
    }

    /** Completions older than the window or in the future (clock skew) are ignored. */
    public static EngagementScore of(Collection<Instant> completions, Instant now) {
        Objects.requireNonNull(now, "now");
        Instant since = now.minus(Duration.ofDays(WINDOW_DAYS));
        double recent = 0;
        long days = completions.stream().filter(at -> !at.isBefore(since) && !at.isAfter(now))
                .map(at -> at.atZone(ZoneOffset.UTC).toLocalDate()).distinct().count();
        for (Instant at : completions) {
            if (!at.isBefore(since) && !at.isAfter(now)) {
                double ageDays = Duration.between(at, now).toMillis() / 86_400_000.0;
                recent += Math.pow(2, -ageDays / HALF_LIFE_DAYS);
            }
        }
        double score = ACTIVITY_WEIGHT * (1 - Math.exp(-recent / ACTIVITY_SCALE))
                + DAYS_WEIGHT * Math.min(days, DAYS_FOR_FULL_CREDIT) / DAYS_FOR_FULL_CREDIT;
        return new EngagementScore(round(score), round(recent), (int) days);
    }

    /** The distribution band for dashboards: "0-20", ... "80-100" (100 falls in the last). */
    public String band() {
        return BANDS.get(Math.min((int) (value / 20), BANDS.size() - 1));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
