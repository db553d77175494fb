package org.lms.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lms.application.port.out.RateLimitEventsPort;
import org.lms.application.port.out.RateLimiterPort;
import org.lms.application.port.out.RateLimiterUnavailableException;
import org.lms.domain.ratelimit.Decision;
import org.lms.domain.ratelimit.EndpointClass;
import org.lms.domain.ratelimit.LimitKey;
import org.lms.domain.ratelimit.LimitPolicy;
import org.lms.domain.ratelimit.RateLimitPolicies;

class RateLimitServiceTest {

    private final List<String> events = new ArrayList<>();
    private final RateLimitEventsPort recorder = new RateLimitEventsPort() {
        @Override
        public void limitExceeded(EndpointClass endpointClass) {
            events.add("exceeded " + endpointClass.label());
        }

        @Override
        public void limiterUnavailable(EndpointClass endpointClass, boolean allowed) {
            events.add("unavailable " + endpointClass.label() + (allowed ? " allowed" : " refused"));
        }
    };
    private final RateLimitPolicies policies = RateLimitPolicies.perMinute(2, 50, 20);

    /** Counts in memory, like a store that never forgets within the test. */
    private final RateLimiterPort counting = new RateLimiterPort() {
        private final java.util.Map<String, Long> hits = new java.util.HashMap<>();

        @Override
        public Decision tryAcquire(LimitKey key, LimitPolicy policy) {
            return policy.decide(hits.merge(key.value(), 1L, Long::sum), Duration.ofSeconds(30));
        }
    };

    private final RateLimiterPort unreachable = (key, policy) -> {
        throw new RateLimiterUnavailableException("timed out", null);
    };

    @Test
    void theConfiguredLimitOfTheEndpointClassApplies() {
        RateLimitService service = new RateLimitService(counting, recorder, policies);
        LimitKey key = LimitKey.forClient(EndpointClass.AUTH, "198.51.100.7");

        assertThat(service.check(key).allowed()).isTrue();
        assertThat(service.check(key).allowed()).isTrue();
        Decision third = service.check(key);

        assertThat(third.verdict()).isEqualTo(Decision.Verdict.LIMITED);
        assertThat(third.limit()).isEqualTo(2);
        assertThat(events).containsExactly("exceeded auth");
    }

    @Test
    void withoutCountersAuthIsRefusedAndTheApiServedAndBothAreReported() {
        RateLimitService service = new RateLimitService(unreachable, recorder, policies);

        assertThat(service.check(LimitKey.forClient(EndpointClass.AUTH, "198.51.100.7")).verdict())
                .isEqualTo(Decision.Verdict.UNCHECKED_REFUSED);
        assertThat(service.check(LimitKey.forClient(EndpointClass.API_READ, "198.51.100.7")).verdict())
                .isEqualTo(Decision.Verdict.UNCHECKED_ALLOWED);
        assertThat(service.check(LimitKey.forClient(EndpointClass.API_WRITE, "198.51.100.7")).allowed()).isTrue();
        assertThat(events).containsExactly("unavailable auth refused", "unavailable api_read allowed",
                "unavailable api_write allowed");
    }
}
