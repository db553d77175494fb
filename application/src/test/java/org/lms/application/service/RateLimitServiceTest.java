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
        RateLimitService service = new RateLimitService(counting, recorder);
        LimitKey key = LimitKey.forClient(EndpointClass.AUTH, "198.51.100.7");

        LimitPolicy policy = policies.of(EndpointClass.AUTH);
        assertThat(service.check(key, policy).allowed()).isTrue();
        assertThat(service.check(key, policy).allowed()).isTrue();
        Decision third = service.check(key, policy);

        assertThat(third.verdict()).isEqualTo(Decision.Verdict.LIMITED);
        assertThat(third.limit()).isEqualTo(2);
        assertThat(events).containsExactly("exceeded auth");
    }

    @Test
    void withoutCountersAuthIsRefusedAndTheApiServedAndBothAreReported() {
        RateLimitService service = new RateLimitService(unreachable, recorder);

        assertThat(check(service, EndpointClass.AUTH).verdict()).isEqualTo(Decision.Verdict.UNCHECKED_REFUSED);
        assertThat(check(service, EndpointClass.API_READ).verdict()).isEqualTo(Decision.Verdict.UNCHECKED_ALLOWED);
        assertThat(check(service, EndpointClass.API_WRITE).allowed()).isTrue();
        assertThat(events).containsExactly("unavailable auth refused", "unavailable api_read allowed",
                "unavailable api_write allowed");
    }

    @Test
    void aKeyIsOnlyCountedUnderThePolicyOfItsOwnClass() {
        RateLimitService service = new RateLimitService(counting, recorder);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.check(
                LimitKey.forClient(EndpointClass.AUTH, "198.51.100.7"), policies.of(EndpointClass.API_READ)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Decision check(RateLimitService service, EndpointClass endpointClass) {
        return service.check(LimitKey.forClient(endpointClass, "198.51.100.7"), policies.of(endpointClass));
    }
}
