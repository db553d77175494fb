package org.lms.adapter.out.redis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lms.domain.abuse.AbusePolicies;

/**
 * The thresholds of the sign-in lockouts and detection rules, from MicroProfile Config
 * ({@code LMS_ABUSE_*}, see the README).
 */
@ApplicationScoped
public class AbuseConfiguration {

    private AbusePolicies policies;

    protected AbuseConfiguration() {
    }

    @Inject
    public AbuseConfiguration(
            @ConfigProperty(name = "lms.abuse.lockout.account.failures", defaultValue = "5") int accountLockout,
            @ConfigProperty(name = "lms.abuse.lockout.ip.failures", defaultValue = "20") int addressLockout,
            @ConfigProperty(name = "lms.abuse.password-spraying.accounts", defaultValue = "10") int spraying,
            @ConfigProperty(name = "lms.abuse.credential-stuffing.addresses", defaultValue = "5") int stuffing,
            @ConfigProperty(name = "lms.abuse.success-after-failures.failures", defaultValue = "3") int successAfterFailures,
            @ConfigProperty(name = "lms.abuse.mfa-failure-burst.failures", defaultValue = "5") int mfaBurst) {
        this.policies = AbusePolicies.of(accountLockout, addressLockout, spraying, stuffing, successAfterFailures, mfaBurst);
    }

    @Produces
    public AbusePolicies policies() {
        return policies;
    }
}
