package org.lms.domain.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngagementScoreTest {

    private static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");

    private static Instant daysAgo(double days) {
        return NOW.minus(Duration.ofMillis((long) (days * 86_400_000)));
    }

    @Test
    void noRecentActivityScoresZero() {
        EngagementScore score = EngagementScore.of(List.of(daysAgo(31), daysAgo(400)), NOW);
        assertThat(score).isEqualTo(new EngagementScore(0, 0, 0));
        assertThat(score.band()).isEqualTo("0-20");
    }

    @Test
    void oneCompletionNowFollowsTheFormula() {
        EngagementScore score = EngagementScore.of(List.of(NOW), NOW);
        // 60 * (1 - e^(-1/3)) + 40 * 1/10
        assertThat(score.value()).isEqualTo(21.01);
        assertThat(score.recentActivity()).isEqualTo(1.0);
        assertThat(score.activeDays()).isEqualTo(1);
        assertThat(score.band()).isEqualTo("20-40");
    }

    @Test
    void aCompletionLosesHalfItsWeightPerWeek() {
        assertThat(EngagementScore.of(List.of(daysAgo(7)), NOW).recentActivity()).isEqualTo(0.5);
        assertThat(EngagementScore.of(List.of(daysAgo(14)), NOW).recentActivity()).isEqualTo(0.25);
        assertThat(EngagementScore.of(List.of(daysAgo(7)), NOW).value())
                .isLessThan(EngagementScore.of(List.of(NOW), NOW).value());
    }

    @Test
    void steadyWorkOutscoresOneBurst() {
        List<Instant> burst = new ArrayList<>();
        List<Instant> steady = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            burst.add(daysAgo(0.01 * i));
            steady.add(daysAgo(2.0 * i));
        }
        EngagementScore bursty = EngagementScore.of(burst, NOW);
        EngagementScore regular = EngagementScore.of(steady, NOW);
        assertThat(bursty.activeDays()).isEqualTo(1);
        assertThat(regular.activeDays()).isEqualTo(10);
        assertThat(regular.value()).isGreaterThan(bursty.value());
    }

    @Test
    void theScoreStaysWithinZeroAndHundred() {
        List<Instant> daily = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            for (int j = 0; j < 20; j++) {
                daily.add(daysAgo(i + 0.001 * j));
            }
        }
        EngagementScore score = EngagementScore.of(daily, NOW);
        assertThat(score.value()).isBetween(99.0, 100.0);
        assertThat(score.band()).isEqualTo("80-100");
    }

    @Test
    void futureCompletionsAreIgnored() {
        assertThat(EngagementScore.of(List.of(NOW.plusSeconds(3600)), NOW).value()).isZero();
    }

    @Test
    void aQuizAttemptCountsHalfACompletionAndMakesItsDayActive() {
        EngagementScore attempts = EngagementScore.of(List.of(), List.of(NOW, daysAgo(7)), NOW);
        assertThat(attempts.recentActivity()).isEqualTo(0.75);
        assertThat(attempts.activeDays()).isEqualTo(2);
        EngagementScore both = EngagementScore.of(List.of(NOW), List.of(NOW), NOW);
        assertThat(both.recentActivity()).isEqualTo(1.5);
        assertThat(both.activeDays()).as("one day, however much happened in it").isEqualTo(1);
        assertThat(EngagementScore.of(List.of(), List.of(daysAgo(31)), NOW).value()).isZero();
    }
}
