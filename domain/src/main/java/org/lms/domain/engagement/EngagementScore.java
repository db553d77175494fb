package org.lms.domain.engagement;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A student's engagement in one course, 0..100, computed only from the activity of the last
 * {@value #WINDOW_DAYS} days: lesson completions and closed quiz attempts (submitted or expired).
 *
 * <pre>
 * R     = sum over those completions of 2^(-age_in_days / 7)      (recent activity: half-life 7 days)
 *       + 0.5 * sum over those quiz attempts of 2^(-age_in_days / 7)
 * D     = number of distinct UTC days with a completion or an attempt   (active days, 0..30)
 * score = 60 * (1 - e^(-R / 3)) + 40 * min(D, 10) / 10            (rounded to 2 decimals)
 * </pre>
 *
 * A completion today adds 1 to R, one a week old 0.5. A quiz attempt counts half a completion: it is
 * effort whether it passed or not, and a pass also completes its lesson, which counts on its own. The
 * activity part saturates (R = 3, three fresh completions, already gives 38 of its 60 points), so
 * bulk-completing a course in one sitting cannot outscore steady work, which the active-days part
 * rewards: ten distinct days in the window give its full 40 points. No activity in the window is 0.
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
    static final double QUIZ_ATTEMPT_WEIGHT = 0.5;

    public EngagementScore {
        if (value < 0 || value > 100 || recentActivity < 0 || activeDays < 0) {
            throw new IllegalArgumentException("Engagement out of range: " + value + ", " + recentActivity + ", "
                    + activeDays);
        }
    }

    /** From lesson completions alone. */
    public static EngagementScore of(Collection<Instant> completions, Instant now) {
        return of(completions, List.of(), now);
    }

    /** Activity older than the window or in the future (clock skew) is ignored. */
    public static EngagementScore of(Collection<Instant> completions, Collection<Instant> quizAttempts, Instant now) {
        Objects.requireNonNull(now, "now");
        Instant since = now.minus(Duration.ofDays(WINDOW_DAYS));
        Predicate<Instant> inWindow = at -> !at.isBefore(since) && !at.isAfter(now);
        long days = Stream.concat(completions.stream(), quizAttempts.stream()).filter(inWindow)
                .map(at -> at.atZone(ZoneOffset.UTC).toLocalDate()).distinct().count();
        double recent = decayed(completions, inWindow, now) + QUIZ_ATTEMPT_WEIGHT * decayed(quizAttempts, inWindow, now);
        double score = ACTIVITY_WEIGHT * (1 - Math.exp(-recent / ACTIVITY_SCALE))
                + DAYS_WEIGHT * Math.min(days, DAYS_FOR_FULL_CREDIT) / DAYS_FOR_FULL_CREDIT;
        return new EngagementScore(round(score), round(recent), (int) days);
    }

    private static double decayed(Collection<Instant> activity, Predicate<Instant> inWindow, Instant now) {
        return activity.stream().filter(inWindow)
                .mapToDouble(at -> Math.pow(2, -(Duration.between(at, now).toMillis() / 86_400_000.0) / HALF_LIFE_DAYS))
                .sum();
    }

    /** The distribution band for dashboards: "0-20", ... "80-100" (100 falls in the last). */
    public String band() {
        return BANDS.get(Math.min((int) (value / 20), BANDS.size() - 1));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
