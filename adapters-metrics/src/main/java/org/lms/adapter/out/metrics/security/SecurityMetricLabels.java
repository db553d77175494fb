package org.lms.adapter.out.metrics.security;

import java.util.Map;
import java.util.Optional;
import org.lms.application.port.out.SecurityEventPort.SecurityEvent;

/** Which purpose-specific counter (besides the per-type one) an event feeds, with which labels. */
record SecurityMetricLabels(String metric, Map<String, String> labels) {

    static Optional<SecurityMetricLabels> of(SecurityEvent event) {
        return Optional.ofNullable(switch (event.type()) {
            case LOGIN_SUCCEEDED, MFA_SUCCEEDED, TOKEN_REFRESHED -> attempt(event.qualifier(), "success");
            case LOGIN_FAILED, REFRESH_FAILED, REFRESH_TOKEN_REUSED -> attempt(event.qualifier(), "failure");
            case MFA_FAILED -> attempt("mfa", "failure");
            case MFA_CHALLENGE_ISSUED -> new SecurityMetricLabels("lms_mfa_challenges_total", Map.of("outcome", "issued"));
            case PASSWORD_RESET_REQUESTED -> new SecurityMetricLabels("lms_password_resets_total", Map.of("stage", "requested"));
            case PASSWORD_RESET_COMPLETED -> new SecurityMetricLabels("lms_password_resets_total", Map.of("stage", "completed"));
            case EMAIL_VERIFICATION_SENT -> new SecurityMetricLabels("lms_email_verifications_total", Map.of("stage", "sent"));
            case EMAIL_VERIFIED -> new SecurityMetricLabels("lms_email_verifications_total", Map.of("stage", "completed"));
            case ACCESS_DENIED -> denial(event.qualifier());
            case LOGIN_LOCKED -> attempt(event.qualifier(), "locked");
            case LOCKOUT_STARTED -> new SecurityMetricLabels("lms_lockouts_total", Map.of("scope", event.qualifier()));
            case SUSPICIOUS_ACTIVITY -> new SecurityMetricLabels("lms_suspicious_activity_total", Map.of("rule", event.qualifier()));
            default -> null;
        });
    }

    /** MFA outcomes count twice: as a login attempt of method mfa and as a challenge outcome. */
    static Optional<SecurityMetricLabels> challengeOutcome(SecurityEvent event) {
        return switch (event.type()) {
            case MFA_SUCCEEDED -> Optional.of(new SecurityMetricLabels("lms_mfa_challenges_total", Map.of("outcome", "success")));
            case MFA_FAILED -> Optional.of(new SecurityMetricLabels("lms_mfa_challenges_total", Map.of("outcome", "failure")));
            default -> Optional.empty();
        };
    }

    private static SecurityMetricLabels attempt(String method, String outcome) {
        return new SecurityMetricLabels("lms_auth_attempts_total", Map.of("method", method, "outcome", outcome));
    }

    /** The qualifier of a denial is {@code <status>:<endpoint class>}, e.g. {@code 403:courses}. */
    private static SecurityMetricLabels denial(String qualifier) {
        String[] parts = qualifier.split(":", 2);
        return new SecurityMetricLabels("lms_access_denied_total", Map.of("status", parts[0], "endpoint_class", parts[1]));
    }
}
