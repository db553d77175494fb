package org.lms.adapter.out.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.lms.domain.ratelimit.Decision;
import org.lms.domain.ratelimit.EndpointClass;
import org.lms.domain.ratelimit.LimitKey;
import org.lms.domain.ratelimit.LimitPolicy;

class InProcessRateLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T10:00:00Z"));
    private final InProcessRateLimiter limiter = new InProcessRateLimiter(clock);
    private final LimitPolicy threePerMinute = LimitPolicy.perMinute(EndpointClass.AUTH, 3);
    private final LimitKey key = LimitKey.forClient(EndpointClass.AUTH, "192.0.2.1");

    @Test
    void theWindowRefusesOverTheLimitAndStartsAfreshWhenItEnds() {
        limiter.tryAcquire(key, threePerMinute);
        clock.advance(Duration.ofSeconds(20));
        limiter.tryAcquire(key, threePerMinute);
        Decision third = limiter.tryAcquire(key, threePerMinute);
        Decision fourth = limiter.tryAcquire(key, threePerMinute);

        assertThat(third.allowed()).isTrue();
        assertThat(fourth.verdict()).isEqualTo(Decision.Verdict.LIMITED);
        assertThat(fourth.resetSeconds()).isEqualTo(40);

        clock.advance(Duration.ofSeconds(40));
        Decision afresh = limiter.tryAcquire(key, threePerMinute);
        assertThat(afresh.allowed()).isTrue();
        assertThat(afresh.remaining()).isEqualTo(2);
    }

    @Test
    void subjectsAreCountedApart() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire(key, threePerMinute);
        }

        assertThat(limiter.tryAcquire(key, threePerMinute).allowed()).isFalse();
        assertThat(limiter.tryAcquire(LimitKey.forClient(EndpointClass.AUTH, "192.0.2.2"), threePerMinute).allowed()).isTrue();
    }

    @Test
    void endedWindowsAreSweptAway() {
        for (int i = 0; i < 1000; i++) {
            limiter.tryAcquire(LimitKey.forClient(EndpointClass.AUTH, "10.0.0." + i), threePerMinute);
        }
        clock.advance(Duration.ofMinutes(2));
        for (int i = 0; i < 24; i++) {
            limiter.tryAcquire(key, threePerMinute);
        }

        assertThat(limiter.trackedWindows()).isEqualTo(1);
    }

    static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
