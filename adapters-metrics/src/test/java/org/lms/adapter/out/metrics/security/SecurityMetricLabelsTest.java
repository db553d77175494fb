package org.lms.adapter.out.metrics.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lms.domain.abuse.DetectionRule;
import org.lms.domain.abuse.LockoutScope;
import org.lms.adapter.out.metrics.catalogue.MetricCatalogue;
import org.lms.application.port.out.SecurityEventPort.SecurityEvent;
import org.lms.application.port.out.SecurityEventPort.Type;

class SecurityMetricLabelsTest {

    private final MetricCatalogue catalogue = MetricCatalogue.load();

    private static SecurityEvent event(Type type, String qualifier) {
        return new SecurityEvent(type, Optional.empty(), qualifier, Instant.EPOCH);
    }

    @Test
    void everyEventTypeIsACataloguedLabelValue() {
        Arrays.stream(Type.values()).forEach(type -> catalogue.entry("lms_security_events_total", "counter")
                .checkLabels(Map.of("type", type.name().toLowerCase(Locale.ROOT))));
    }

    @Test
    void loginEventsCountAsAttemptsOfTheirMethod() {
        assertThat(SecurityMetricLabels.of(event(Type.LOGIN_FAILED, "password")).orElseThrow().labels())
                .isEqualTo(Map.of("method", "password", "outcome", "failure"));
        assertThat(SecurityMetricLabels.of(event(Type.REFRESH_TOKEN_REUSED, "refresh")).orElseThrow().labels())
                .isEqualTo(Map.of("method", "refresh", "outcome", "failure"));
        assertThat(SecurityMetricLabels.challengeOutcome(event(Type.MFA_SUCCEEDED, "mfa")).orElseThrow().labels())
                .isEqualTo(Map.of("outcome", "success"));
    }

    @Test
    void everyProducedLabelSetIsAllowedByTheCatalogue() {
        for (Type type : Type.values()) {
            String qualifier = switch (type) {
                case ACCESS_DENIED -> "403:courses";
                case LOCKOUT_STARTED -> "account";
                case SUSPICIOUS_ACTIVITY -> "password_spraying";
                case LOGIN_LOCKED -> "password";
                case LOGIN_SUCCEEDED, LOGIN_FAILED -> "password";
                case TOKEN_REFRESHED, REFRESH_FAILED, REFRESH_TOKEN_REUSED -> "refresh";
                default -> "mfa";
            };
            SecurityEvent event = event(type, qualifier);
            SecurityMetricLabels.of(event).ifPresent(m -> catalogue.entry(m.metric(), "counter").checkLabels(m.labels()));
            SecurityMetricLabels.challengeOutcome(event)
                    .ifPresent(m -> catalogue.entry(m.metric(), "counter").checkLabels(m.labels()));
        }
    }

    @Test
    void everyLockoutScopeAndDetectionRuleIsACataloguedLabelValue() {
        for (LockoutScope scope : LockoutScope.values()) {
            var labels = SecurityMetricLabels.of(event(Type.LOCKOUT_STARTED, scope.label())).orElseThrow();
            catalogue.entry(labels.metric(), "counter").checkLabels(labels.labels());
        }
        for (DetectionRule rule : DetectionRule.values()) {
            var labels = SecurityMetricLabels.of(event(Type.SUSPICIOUS_ACTIVITY, rule.label())).orElseThrow();
            assertThat(labels.metric()).isEqualTo("lms_suspicious_activity_total");
            catalogue.entry(labels.metric(), "counter").checkLabels(labels.labels());
        }
        assertThat(SecurityMetricLabels.of(event(Type.LOGIN_LOCKED, "password")).orElseThrow().labels())
                .isEqualTo(Map.of("method", "password", "outcome", "locked"));
    }
}
