package org.lms.adapter.out.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InProcessAbuseCountersTest {

    private final InProcessRateLimiterTest.MutableClock clock = new InProcessRateLimiterTest.MutableClock(Instant.parse("2026-01-05T10:00:00Z"));
    private final InProcessAbuseCounters counters = new InProcessAbuseCounters(clock);

    @Test
    void hitsCountWithinTheWindowAndStartAgainAfterIt() {
        counters.hit("failures:account:a", Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(5));

        assertThat(counters.hit("failures:account:a", Duration.ofMinutes(15)).hits()).isEqualTo(2);
        assertThat(counters.current("failures:account:a")).isEqualTo(2);
        clock.advance(Duration.ofMinutes(10));
        assertThat(counters.current("failures:account:a")).isZero();
        assertThat(counters.hit("failures:account:a", Duration.ofMinutes(15)).untilReset()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void distinctCountsEachMemberOnce() {
        counters.distinct("spray:10.0.0.1", "a", Duration.ofMinutes(10));
        counters.distinct("spray:10.0.0.1", "b", Duration.ofMinutes(10));

        assertThat(counters.distinct("spray:10.0.0.1", "a", Duration.ofMinutes(10))).isEqualTo(2);
        clock.advance(Duration.ofMinutes(10));
        assertThat(counters.distinct("spray:10.0.0.1", "a", Duration.ofMinutes(10))).isEqualTo(1);
    }

    @Test
    void aBlockEndsByItselfAndClearForgets() {
        counters.block("lock:ip:10.0.0.1", Duration.ofMinutes(2));
        clock.advance(Duration.ofSeconds(30));

        assertThat(counters.blockedFor("lock:ip:10.0.0.1")).contains(Duration.ofSeconds(90));
        clock.advance(Duration.ofSeconds(90));
        assertThat(counters.blockedFor("lock:ip:10.0.0.1")).isEmpty();
        counters.hit("x", Duration.ofMinutes(1));
        counters.clear("x");
        assertThat(counters.current("x")).isZero();
    }
}
