package org.lms.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lms.application.port.out.SecurityEventPort.SecurityEvent;
import org.lms.application.port.out.SecurityEventPort.Type;
import org.lms.domain.abuse.AbusePolicies;
import org.lms.domain.abuse.LoginLockedException;
import org.lms.domain.identity.EmailAddress;
import org.lms.domain.identity.UserId;

class LoginAbuseGuardTest {

    private final InMemoryIdentity events = new InMemoryIdentity();
    private final InMemoryAbuseCounters counters = new InMemoryAbuseCounters();
    private final Clock clock = Clock.fixed(Instant.parse("2026-02-01T08:00:00Z"), ZoneOffset.UTC);
    private final LoginAbuseGuard guard = new LoginAbuseGuard(counters, counters, counters,
            AbusePolicies.of(5, 20, 10, 5, 3, 5), events, clock);
    private final EmailAddress ada = new EmailAddress("ada@example.org");
    private final UserId adaId = new UserId(UUID.randomUUID());

    private void fail(EmailAddress email, int times) {
        IntStream.range(0, times).forEach(i -> guard.loginFailed(email, Optional.empty()));
    }

    private long findings(String qualifier) {
        return events.events.stream().filter(e -> e.type() == Type.SUSPICIOUS_ACTIVITY && e.qualifier().equals(qualifier)).count();
    }

    private long lockouts(String scope) {
        return events.events.stream().filter(e -> e.type() == Type.LOCKOUT_STARTED && e.qualifier().equals(scope)).count();
    }

    @Test
    void theFifthFailureLocksTheAccountForAMinuteAndTheNextLockDoubles() {
        fail(ada, 4);
        guard.requireNotLocked(ada);

        fail(ada, 1);
        assertThatThrownBy(() -> guard.requireNotLocked(ada)).isInstanceOfSatisfying(LoginLockedException.class,
                locked -> assertThat(locked.retryAfterSeconds()).isEqualTo(60));
        counters.liftBlocks();
        fail(ada, 1);
        assertThatThrownBy(() -> guard.requireNotLocked(ada)).isInstanceOfSatisfying(LoginLockedException.class,
                locked -> assertThat(locked.retryAfterSeconds()).isEqualTo(120));
        assertThat(lockouts("account")).isEqualTo(2);
        assertThat(events.events).filteredOn(e -> e.type() == Type.LOGIN_LOCKED).hasSize(2)
                .allSatisfy(e -> assertThat(e.user()).as("the answer names nobody").isEmpty());
    }

    @Test
    void anUnknownEmailIsLockedExactlyLikeAKnownOneAndEveryCaseSpellingCountsTogether() {
        fail(new EmailAddress("nobody@example.org"), 3);
        fail(new EmailAddress("Nobody@example.org"), 2);

        assertThatThrownBy(() -> guard.requireNotLocked(new EmailAddress("nobody@example.org")))
                .isInstanceOf(LoginLockedException.class).hasMessage(new LoginLockedException(Duration.ofMinutes(1)).getMessage());
    }

    @Test
    void anAddressIsLockedAfterTwentyFailuresAcrossAccounts() {
        IntStream.range(0, 19).forEach(i -> fail(new EmailAddress("user" + i + "@example.org"), 1));
        guard.requireNotLocked(ada);

        fail(new EmailAddress("user19@example.org"), 1);

        assertThatThrownBy(() -> guard.requireNotLocked(ada)).isInstanceOf(LoginLockedException.class);
        assertThat(lockouts("ip")).isEqualTo(1);
    }

    @Test
    void failuresOnTenAccountsFromOneAddressAreReportedOnceAsPasswordSpraying() {
        IntStream.range(0, 15).forEach(i -> fail(new EmailAddress("user" + i + "@example.org"), 1));

        assertThat(findings("password_spraying")).isEqualTo(1);
        assertThat(findings("credential_stuffing")).isZero();
    }

    @Test
    void eleventhFailureWithinAMinuteFromOneAddressSignalsASourceOverTheThresholdOnce() {
        IntStream.range(0, 14).forEach(i -> fail(new EmailAddress("user" + i + "@example.org"), 1));

        assertThat(counters.sourcesOverThreshold).as("the window of 60 s and the grace of 10 s")
                .containsExactly(Secrets.hash("203.0.113.7") + " PT1M10S");
    }

    @Test
    void signInsRefusedByTheRateLimitCountTowardTheBruteForceSignalButLockNothing() {
        IntStream.range(0, 6).forEach(i -> fail(new EmailAddress("user" + i + "@example.org"), 1));
        IntStream.range(0, 4).forEach(i -> guard.signInRateLimited());
        assertThat(counters.sourcesOverThreshold).isEmpty();

        guard.signInRateLimited();
        IntStream.range(0, 30).forEach(i -> guard.signInRateLimited());

        assertThat(counters.sourcesOverThreshold).hasSize(1);
        guard.requireNotLocked(ada);
        assertThat(lockouts("ip")).isZero();
        assertThat(findings("password_spraying")).isZero();
    }

    @Test
    void anAddressThatGoesOnFailingAfterItsWindowIsReportedAgainFromItsFirstFailure() {
        IntStream.range(0, 11).forEach(i -> guard.signInRateLimited());
        counters.endWindows();

        guard.signInRateLimited();
        assertThat(counters.sourcesOverThreshold).hasSize(2).as("the same source, extended").containsOnly(
                Secrets.hash("203.0.113.7") + " PT1M10S");
        IntStream.range(0, 20).forEach(i -> guard.signInRateLimited());
        assertThat(counters.sourcesOverThreshold).as("one report per window").hasSize(2);

        counters.endWindows();
        counters.liftBlocks();
        IntStream.range(0, 10).forEach(i -> guard.signInRateLimited());
        assertThat(counters.sourcesOverThreshold).as("a pause past the grace starts from zero").hasSize(2);
        guard.signInRateLimited();
        assertThat(counters.sourcesOverThreshold).hasSize(3);
    }

    @Test
    void failuresForOneAccountFromFiveAddressesAreReportedOnceAsCredentialStuffing() {
        IntStream.range(0, 7).forEach(i -> {
            counters.clientAddress = "198.51.100." + i;
            fail(ada, 1);
        });

        assertThat(findings("credential_stuffing")).isEqualTo(1);
        assertThat(findings("password_spraying")).isZero();
    }

    @Test
    void aSuccessAfterThreeFailuresIsReportedAndForgivesThem() {
        fail(ada, 2);
        guard.loginSucceeded(ada, adaId);
        assertThat(findings("success_after_failures")).isZero();

        fail(ada, 3);
        guard.loginSucceeded(ada, adaId);
        guard.loginSucceeded(ada, adaId);

        assertThat(findings("success_after_failures")).isEqualTo(1);
        assertThat(events.events).filteredOn(e -> e.type() == Type.SUSPICIOUS_ACTIVITY).extracting(SecurityEvent::user)
                .containsExactly(Optional.of(adaId));
    }

    @Test
    void theFifthWrongSecondFactorIsReportedOnceAsAnMfaFailureBurst() {
        IntStream.range(0, 8).forEach(i -> guard.mfaFailed(adaId));

        assertThat(findings("mfa_failure_burst")).isEqualTo(1);
    }

    @Test
    void everyRefreshTokenReuseIsReported() {
        guard.refreshTokenReused(adaId);
        guard.refreshTokenReused(adaId);

        assertThat(findings("refresh_token_reuse")).isEqualTo(2);
    }
}
