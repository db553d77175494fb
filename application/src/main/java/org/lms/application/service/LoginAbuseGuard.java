package org.lms.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.lms.application.port.out.AbuseCountersPort;
import org.lms.application.port.out.AbuseCountersPort.WindowHits;
import org.lms.application.port.out.AbuseSignalsPort;
import org.lms.application.port.out.RateLimiterUnavailableException;
import org.lms.application.port.out.RequestOriginPort;
import org.lms.application.port.out.SecurityEventPort;
import org.lms.application.port.out.SecurityEventPort.Type;
import org.lms.domain.abuse.AbusePolicies;
import org.lms.domain.abuse.DetectionRule;
import org.lms.domain.abuse.LockoutPolicy;
import org.lms.domain.abuse.LoginLockedException;
import org.lms.domain.identity.EmailAddress;
import org.lms.domain.identity.UserId;

/**
 * Progressive lockout and the detection rules around sign-in. Accounts are keyed by a hash of the
 * email, known or not, so that an unknown email is locked exactly like a known one. When the
 * counter store does not answer, sign-in goes on unprotected by this guard: the auth rate limit
 * already refuses every sign-in in that case, so this guard failing closed would add nothing.
 * Not a {@code @UseCase}: it touches no transactional resource.
 */
@ApplicationScoped
public class LoginAbuseGuard {

    /** The brute-force alert's rule: more than 10 failed logins from one address within 60 s. */
    static final int FAILURE_SOURCE_THRESHOLD = 10;
    static final Duration FAILURE_SOURCE_WINDOW = Duration.ofSeconds(60);
    /**
     * How soon after the end of a window in which an address was over the line its next failure
     * must come for the attack to count as going on. The address stays counted for this long after
     * its window, so that the signal has no gap between the windows of a continuing attack.
     */
    static final Duration FAILURE_SOURCE_GRACE = Duration.ofSeconds(10);

    private static final System.Logger LOG = System.getLogger(LoginAbuseGuard.class.getName());

    private AbuseCountersPort counters;
    private AbuseSignalsPort signals;
    private RequestOriginPort origins;
    private AbusePolicies policies;
    private SecurityLog securityLog;

    protected LoginAbuseGuard() {
    }

    @Inject
    public LoginAbuseGuard(AbuseCountersPort counters, AbuseSignalsPort signals, RequestOriginPort origins,
                           AbusePolicies policies, SecurityEventPort securityEvents, Clock clock) {
        this.counters = counters;
        this.signals = signals;
        this.origins = origins;
        this.policies = policies;
        this.securityLog = new SecurityLog(securityEvents, clock);
    }

    /** Refuses a sign-in while its account or its address is locked, before the password is looked at. */
    public void requireNotLocked(EmailAddress email) {
        String address = origins.current().clientAddress();
        Optional<Duration> wait = guarded(() -> Stream.of(
                        counters.blockedFor(lockKey(policies.accounts(), account(email))),
                        counters.blockedFor(lockKey(policies.addresses(), address)))
                .flatMap(Optional::stream).max(Duration::compareTo), Optional.empty());
        if (wait.isPresent()) {
            securityLog.record(Type.LOGIN_LOCKED, Optional.empty(), "password");
            throw new LoginLockedException(wait.get());
        }
    }

    public void loginFailed(EmailAddress email, Optional<UserId> user) {
        String account = account(email);
        String address = origins.current().clientAddress();
        guarded(() -> {
            countFailure(policies.accounts(), account, user);
            countFailure(policies.addresses(), address, user);
            detectGrowing(DetectionRule.PASSWORD_SPRAYING, user, window -> counters.distinct("spray:" + address, account, window));
            detectGrowing(DetectionRule.CREDENTIAL_STUFFING, user, window -> counters.distinct("stuff:" + account, address, window));
            countFailureSource(address);
            return null;
        }, null);
    }

    /**
     * A sign-in the auth rate limit refused: still a guess from its address, so it counts toward the
     * brute-force signal. Not toward lockouts or detection rules, which need an account and a checked
     * password.
     */
    public void signInRateLimited() {
        String address = origins.current().clientAddress();
        guarded(() -> {
            countFailureSource(address);
            return null;
        }, null);
    }

    /** A success forgives the account's failures, not the address's: a sprayer may own one account. */
    public void loginSucceeded(EmailAddress email, UserId user) {
        String failures = failureKey(policies.accounts(), account(email));
        guarded(() -> {
            if (policies.rule(DetectionRule.SUCCESS_AFTER_FAILURES).firesAtLeast(counters.current(failures))) {
                raise(DetectionRule.SUCCESS_AFTER_FAILURES, Optional.of(user));
            }
            counters.clear(failures);
            return null;
        }, null);
    }

    public void mfaFailed(UserId user) {
        guarded(() -> {
            detectGrowing(DetectionRule.MFA_FAILURE_BURST, Optional.of(user),
                    window -> counters.hit("mfa:" + user.value(), window).hits());
            return null;
        }, null);
    }

    /** Reuse is conclusive on its own and needs no counter. */
    public void refreshTokenReused(UserId user) {
        raise(DetectionRule.REFRESH_TOKEN_REUSE, Optional.of(user));
    }

    /**
     * Every failure at or over the threshold within the window starts a new, longer lockout:
     * attempts during a lockout are refused before they can fail, so the lock after it ends is the
     * next step of the schedule.
     */
    private void countFailure(LockoutPolicy policy, String subject, Optional<UserId> user) {
        long failures = counters.hit(failureKey(policy, subject), policy.window()).hits();
        if (policy.locksAt(failures)) {
            long lockout = counters.hit("lockouts:" + policy.scope().label() + ":" + subject, policy.memory()).hits();
            counters.block(lockKey(policy, subject), policy.lockFor(lockout));
            securityLog.record(Type.LOCKOUT_STARTED, user, policy.scope().label());
        }
    }

    /**
     * Reported once per window, by the server that saw the address cross the line; it decays the
     * grace after the window ends. An address that was over the line and goes on failing within the
     * grace is reported again from its first failure in the new window, not only from the eleventh,
     * which extends its count without a gap.
     */
    private void countFailureSource(String address) {
        String over = "sources-over:" + address;
        WindowHits lastMinute = counters.hit("sources:" + address, FAILURE_SOURCE_WINDOW);
        boolean goesOn = lastMinute.hits() == 1 && counters.blockedFor(over).isPresent();
        boolean crosses = lastMinute.hits() == FAILURE_SOURCE_THRESHOLD + 1 && counters.blockedFor(over).isEmpty();
        if (goesOn || crosses) {
            Duration until = lastMinute.untilReset().plus(FAILURE_SOURCE_GRACE);
            // The mark also keeps a window that went on from being reported again at its eleventh failure.
            counters.block(over, until);
            signals.failureSourceOverThreshold(Secrets.hash(address), until);
        }
    }

    private void detectGrowing(DetectionRule rule, Optional<UserId> user, Function<Duration, Long> count) {
        var policy = policies.rule(rule);
        if (policy.firesOnReaching(count.apply(policy.window()))) {
            raise(rule, user);
        }
    }

    private void raise(DetectionRule rule, Optional<UserId> user) {
        securityLog.record(Type.SUSPICIOUS_ACTIVITY, user, rule.label());
    }

    private static String failureKey(LockoutPolicy policy, String subject) {
        return "failures:" + policy.scope().label() + ":" + subject;
    }

    private static String lockKey(LockoutPolicy policy, String subject) {
        return "lock:" + policy.scope().label() + ":" + subject;
    }

    /** The same key for every spelling of the address, and no clear email in the store. */
    private static String account(EmailAddress email) {
        return Secrets.hash(email.value().toLowerCase(Locale.ROOT));
    }

    private static <T> T guarded(Supplier<T> action, T whenUnavailable) {
        try {
            return action.get();
        } catch (RateLimiterUnavailableException e) {
            LOG.log(Level.WARNING, "Sign-in abuse counters unavailable, continuing without them: {0}", e.getMessage());
            return whenUnavailable;
        }
    }
}
