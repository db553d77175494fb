package org.lms.domain.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lms.domain.identity.UserId;

class LimitPolicyTest {

    private final LimitPolicy fivePerMinute = LimitPolicy.perMinute(EndpointClass.AUTH, 5);

    @Test
    void hitsWithinTheLimitAreAllowedAndCountDownTheRemainder() {
        Decision first = fivePerMinute.decide(1, Duration.ofSeconds(60));
        Decision last = fivePerMinute.decide(5, Duration.ofSeconds(12));

        assertThat(first.allowed()).isTrue();
        assertThat(first.remaining()).isEqualTo(4);
        assertThat(last.verdict()).isEqualTo(Decision.Verdict.ALLOWED);
        assertThat(last.remaining()).isZero();
        assertThat(last.resetSeconds()).isEqualTo(12);
    }

    @Test
    void theHitAfterTheLimitIsRefusedUntilTheWindowResets() {
        Decision refused = fivePerMinute.decide(6, Duration.ofMillis(7_300));

        assertThat(refused.verdict()).isEqualTo(Decision.Verdict.LIMITED);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.counted()).isTrue();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.resetSeconds()).as("rounded up, never early").isEqualTo(8);
    }

    @Test
    void aWindowWithoutTimeLeftResetsAfterAFullWindow() {
        assertThat(fivePerMinute.decide(1, Duration.ZERO).resetSeconds()).isEqualTo(60);
        assertThat(fivePerMinute.decide(1, Duration.ofMillis(200)).resetSeconds()).isEqualTo(1);
    }

    @Test
    void authFailsClosedAndTheApiFailsOpenWhenCountersAreUnavailable() {
        Decision auth = Decision.unchecked(fivePerMinute);
        Decision read = Decision.unchecked(LimitPolicy.perMinute(EndpointClass.API_READ, 600));
        Decision write = Decision.unchecked(LimitPolicy.perMinute(EndpointClass.API_WRITE, 120));

        assertThat(auth.verdict()).isEqualTo(Decision.Verdict.UNCHECKED_REFUSED);
        assertThat(auth.allowed()).isFalse();
        assertThat(read.allowed()).isTrue();
        assertThat(write.allowed()).isTrue();
        assertThat(read.counted()).isFalse();
    }

    @Test
    void limitsAndWindowsMustBePositive() {
        assertThatThrownBy(() -> LimitPolicy.perMinute(EndpointClass.API_READ, 0)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> new LimitPolicy(EndpointClass.API_READ, 1, Duration.ofMillis(10)))
                .hasMessageContaining("at least one second");
    }

    @Test
    void everyEndpointClassNeedsAPolicy() {
        RateLimitPolicies policies = RateLimitPolicies.perMinute(10, 600, 120);

        assertThat(policies.of(EndpointClass.API_WRITE).limit()).isEqualTo(120);
        assertThatThrownBy(() -> new RateLimitPolicies(Map.of(EndpointClass.AUTH, fivePerMinute)))
                .hasMessageContaining("No policy for API_READ");
    }

    @Test
    void keysSeparateClassesUsersAndAddresses() {
        UserId user = new UserId(UUID.fromString("7f2c1f9e-0000-4000-8000-000000000001"));

        assertThat(LimitKey.forUser(EndpointClass.API_READ, user).value())
                .isEqualTo("api_read:user:7f2c1f9e-0000-4000-8000-000000000001");
        assertThat(LimitKey.forClient(EndpointClass.AUTH, "203.0.113.9").value()).isEqualTo("auth:ip:203.0.113.9");
        assertThat(LimitKey.forClient(EndpointClass.AUTH, "203.0.113.9"))
                .isNotEqualTo(LimitKey.forClient(EndpointClass.API_WRITE, "203.0.113.9"));
    }
}
