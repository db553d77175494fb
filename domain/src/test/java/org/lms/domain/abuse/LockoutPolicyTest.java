package org.lms.domain.abuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    private final LockoutPolicy accounts = LockoutPolicy.forAccounts(5);

    @Test
    void theFifthFailureLocks() {
        assertThat(accounts.locksAt(4)).isFalse();
        assertThat(accounts.locksAt(5)).isTrue();
        assertThat(accounts.window()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void eachLockoutDoublesTheLastUpToAnHour() {
        assertThat(accounts.lockFor(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(accounts.lockFor(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(accounts.lockFor(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(accounts.lockFor(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(accounts.lockFor(7)).isEqualTo(Duration.ofHours(1));
        assertThat(accounts.lockFor(10_000)).as("no overflow").isEqualTo(Duration.ofHours(1));
    }

    @Test
    void addressesUseTheSameScheduleWithTheirOwnThreshold() {
        LockoutPolicy addresses = LockoutPolicy.forAddresses(20);

        assertThat(addresses.scope().label()).isEqualTo("ip");
        assertThat(addresses.locksAt(19)).isFalse();
        assertThat(addresses.locksAt(20)).isTrue();
        assertThat(addresses.lockFor(2)).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> LockoutPolicy.forAccounts(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> accounts.lockFor(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LockoutPolicy(LockoutScope.ACCOUNT, 5, Duration.ofMinutes(1), Duration.ofHours(2),
                Duration.ofHours(1), Duration.ofDays(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLockedAnswerRoundsTheWaitUpAndNeverSaysZero() {
        assertThat(new LoginLockedException(Duration.ofMillis(59_001)).retryAfterSeconds()).isEqualTo(60);
        assertThat(new LoginLockedException(Duration.ZERO).retryAfterSeconds()).isEqualTo(1);
        assertThat(new LoginLockedException(Duration.ofSeconds(7)).code()).isEqualTo("login-locked");
    }
}
