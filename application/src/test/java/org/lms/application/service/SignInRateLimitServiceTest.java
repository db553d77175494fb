package org.lms.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lms.application.port.out.RateLimitEventsPort;
import org.lms.application.port.out.RateLimiterPort;
import org.lms.application.port.out.RateLimiterUnavailableException;
import org.lms.domain.abuse.AbusePolicies;
import org.lms.domain.ratelimit.Decision;
import org.lms.domain.ratelimit.EndpointClass;
import org.lms.domain.ratelimit.LimitKey;
import org.lms.domain.ratelimit.LimitPolicy;
import org.lms.domain.ratelimit.RateLimitPolicies;

class SignInRateLimitServiceTest {

    private final InMemoryAbuseCounters counters = new InMemoryAbuseCounters();
    private final LoginAbuseGuard guard = new LoginAbuseGuard(counters, counters, counters,
            AbusePolicies.of(5, 20, 10, 5, 3, 5), new InMemoryIdentity(), Clock.systemUTC());
    private final RateLimitEventsPort silent = new RateLimitEventsPort() {
        @Override
        public void limitExceeded(EndpointClass endpointClass) {
        }

        @Override
        public void limiterUnavailable(EndpointClass endpointClass, boolean allowed) {
        }
    };
    private final LimitPolicy auth = RateLimitPolicies.perMinute(2, 50, 20).of(EndpointClass.AUTH);
    private final LimitKey key = LimitKey.forClient(EndpointClass.AUTH, "203.0.113.7");

    /** Counts in memory, like a store that never forgets within the test. */
    private final RateLimiterPort counting = new RateLimiterPort() {
        private final Map<String, Long> hits = new HashMap<>();

        @Override
        public Decision tryAcquire(LimitKey key, LimitPolicy policy) {
            return policy.decide(hits.merge(key.value(), 1L, Long::sum), Duration.ofSeconds(30));
        }
    };

    @Test
    void theEleventhSignInRefusedForTheLimitMakesTheAddressABruteForceSource() {
        SignInRateLimitService service = new SignInRateLimitService(new RateLimitService(counting, silent), guard);

        IntStream.range(0, 12).forEach(i -> service.check(key, auth));
        assertThat(counters.sourcesOverThreshold).isEmpty();

        Decision thirteenth = service.check(key, auth);

        assertThat(thirteenth.verdict()).isEqualTo(Decision.Verdict.LIMITED);
        assertThat(counters.sourcesOverThreshold).hasSize(1);
    }

    @Test
    void refusalsWithoutCountersSayNothingAboutTheAddress() {
        RateLimiterPort unreachable = (k, policy) -> {
            throw new RateLimiterUnavailableException("timed out", null);
        };
        SignInRateLimitService service = new SignInRateLimitService(new RateLimitService(unreachable, silent), guard);

        IntStream.range(0, 20).forEach(i -> assertThat(service.check(key, auth).allowed()).isFalse());

        assertThat(counters.sourcesOverThreshold).isEmpty();
    }
}
