package org.lms.domain.abuse;

import java.time.Duration;
import java.util.Objects;

/**
 * Progressive back-off: {@code threshold} failures within {@code window} lock the subject for
 * {@code firstLock}; each further lockout while earlier ones are remembered ({@code memory})
 * doubles the lock, up to {@code maxLock}. Doubling makes slow guessing expensive without locking
 * a legitimate user out for long after a few typos.
 */
public record LockoutPolicy(LockoutScope scope, int threshold, Duration window, Duration firstLock, Duration maxLock,
                            Duration memory) {

    public LockoutPolicy {
        Objects.requireNonNull(scope, "scope");
        if (threshold < 1) {
            throw new IllegalArgumentException("A lockout needs at least one failure");
        }
        requirePositive(window, "window");
        requirePositive(firstLock, "firstLock");
        requirePositive(maxLock, "maxLock");
        requirePositive(memory, "memory");
        if (maxLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException("maxLock must not be shorter than firstLock");
        }
    }

    /** The defaults: 5 failures in 15 minutes lock an account, 1 minute doubling up to an hour. */
    public static LockoutPolicy forAccounts(int threshold) {
        return new LockoutPolicy(LockoutScope.ACCOUNT, threshold, Duration.ofMinutes(15), Duration.ofMinutes(1),
                Duration.ofHours(1), Duration.ofHours(24));
    }

    /** Addresses get the same schedule with a higher threshold: many users may share one (NAT, campus proxy). */
    public static LockoutPolicy forAddresses(int threshold) {
        return new LockoutPolicy(LockoutScope.IP, threshold, Duration.ofMinutes(15), Duration.ofMinutes(1),
                Duration.ofHours(1), Duration.ofHours(24));
    }

    /** Whether the failure that brought the count to {@code failures} starts a lockout. */
    public boolean locksAt(long failures) {
        return failures >= threshold;
    }

    /** The length of the {@code lockoutNumber}-th lockout (1-based) within the memory. */
    public Duration lockFor(long lockoutNumber) {
        if (lockoutNumber < 1) {
            throw new IllegalArgumentException("Lockouts are counted from 1");
        }
        // Past 2^20 the cap has long been reached; stop shifting before the long overflows.
        long factor = 1L << Math.min(lockoutNumber - 1, 20);
        Duration lock = firstLock.multipliedBy(factor);
        return lock.compareTo(maxLock) > 0 ? maxLock : lock;
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
