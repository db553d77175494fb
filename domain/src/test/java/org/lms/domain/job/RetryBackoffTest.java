package org.lms.domain.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

    private final RetryBackoff noJitter = new RetryBackoff(Duration.ofSeconds(2), Duration.ofMinutes(1), 0);

    @Test
    void delayDoublesFromTheBaseWithEveryFailedAttempt() {
        assertThat(noJitter.delayAfter(1, 0.5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(noJitter.delayAfter(2, 0.5)).isEqualTo(Duration.ofSeconds(4));
        assertThat(noJitter.delayAfter(3, 0.5)).isEqualTo(Duration.ofSeconds(8));
        assertThat(noJitter.delayAfter(5, 0.5)).isEqualTo(Duration.ofSeconds(32));
    }

    @Test
    void delayNeverExceedsTheCapEvenAfterManyAttempts() {
        assertThat(noJitter.delayAfter(6, 0.5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(noJitter.delayAfter(100, 0.5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(noJitter.delayAfter(Integer.MAX_VALUE, 0.99)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void jitterSpreadsTheDelayBothWaysWithinItsShare() {
        RetryBackoff spread = new RetryBackoff(Duration.ofSeconds(10), Duration.ofMinutes(5), 0.2);
        assertThat(spread.delayAfter(1, 0.0)).isEqualTo(Duration.ofSeconds(8));
        assertThat(spread.delayAfter(1, 0.5)).isEqualTo(Duration.ofSeconds(10));
        assertThat(spread.delayAfter(1, 0.999_999)).isBetween(Duration.ofMillis(11_999), Duration.ofSeconds(12));
    }

    @Test
    void standardPolicyStartsAtTwoSeconds() {
        assertThat(RetryBackoff.standard().delayAfter(1, 0.5)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void nonsensicalPoliciesAndAttemptsAreRefused() {
        assertThatThrownBy(() -> new RetryBackoff(Duration.ZERO, Duration.ofSeconds(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 1.0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> noJitter.delayAfter(0, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> noJitter.delayAfter(1, 1.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
