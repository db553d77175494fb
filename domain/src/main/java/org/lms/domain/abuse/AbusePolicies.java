package org.lms.domain.abuse;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** The configured lockouts and detection rules together, as the login flow applies them. */
public record AbusePolicies(LockoutPolicy accounts, LockoutPolicy addresses, Map<DetectionRule, DetectionPolicy> rules) {

    public AbusePolicies {
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(addresses, "addresses");
        rules = Map.copyOf(rules);
        for (DetectionRule rule : DetectionRule.values()) {
            DetectionPolicy policy = rules.get(rule);
            if (policy == null || policy.rule() != rule) {
                throw new IllegalArgumentException("No policy for rule " + rule.label());
            }
        }
    }

    /**
     * The documented defaults with the given thresholds; windows are 10 minutes for the login
     * patterns and 15 minutes for the failures a success may follow (the account lockout window).
     */
    public static AbusePolicies of(int accountLockout, int addressLockout, int spraying, int stuffing,
                                   int successAfterFailures, int mfaBurst) {
        Map<DetectionRule, DetectionPolicy> rules = new EnumMap<>(DetectionRule.class);
        Duration tenMinutes = Duration.ofMinutes(10);
        rules.put(DetectionRule.PASSWORD_SPRAYING, new DetectionPolicy(DetectionRule.PASSWORD_SPRAYING, spraying, tenMinutes));
        rules.put(DetectionRule.CREDENTIAL_STUFFING, new DetectionPolicy(DetectionRule.CREDENTIAL_STUFFING, stuffing, tenMinutes));
        rules.put(DetectionRule.SUCCESS_AFTER_FAILURES, new DetectionPolicy(DetectionRule.SUCCESS_AFTER_FAILURES,
                successAfterFailures, Duration.ofMinutes(15)));
        rules.put(DetectionRule.MFA_FAILURE_BURST, new DetectionPolicy(DetectionRule.MFA_FAILURE_BURST, mfaBurst, tenMinutes));
        rules.put(DetectionRule.REFRESH_TOKEN_REUSE, new DetectionPolicy(DetectionRule.REFRESH_TOKEN_REUSE, 1, Duration.ofDays(1)));
        return new AbusePolicies(LockoutPolicy.forAccounts(accountLockout), LockoutPolicy.forAddresses(addressLockout), rules);
    }

    public DetectionPolicy rule(DetectionRule rule) {
        return rules.get(rule);
    }
}
