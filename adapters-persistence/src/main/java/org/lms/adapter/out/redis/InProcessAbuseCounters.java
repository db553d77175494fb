package org.lms.adapter.out.redis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.lms.application.port.out.AbuseCountersPort;

/**
 * The embedded default of the abuse counters: the same windows as in Redis, in this process only.
 * Ended entries are swept now and then, like the in-process rate limiter's.
 */
@ApplicationScoped
@Typed(InProcessAbuseCounters.class)
public class InProcessAbuseCounters implements AbuseCountersPort {

    private static final int SWEEP_EVERY = 1024;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong calls = new AtomicLong();
    private Clock clock;

    protected InProcessAbuseCounters() {
    }

    @Inject
    public InProcessAbuseCounters(Clock clock) {
        this.clock = clock;
    }

    @Override
    public WindowHits hit(String key, Duration window) {
        Instant now = now();
        Entry entry = entries.compute(key, (k, current) -> live(current, now)
                ? new Entry(current.hits() + 1, Set.of(), current.endsAt())
                : new Entry(1, Set.of(), now.plus(window)));
        return new WindowHits(entry.hits(), Duration.between(now, entry.endsAt()));
    }

    @Override
    public long distinct(String key, String member, Duration window) {
        Instant now = now();
        Entry entry = entries.compute(key, (k, current) -> {
            if (!live(current, now)) {
                return new Entry(0, Set.of(member), now.plus(window));
            }
            Set<String> members = ConcurrentHashMap.newKeySet();
            members.addAll(current.members());
            members.add(member);
            return new Entry(0, Set.copyOf(members), current.endsAt());
        });
        return entry.members().size();
    }

    @Override
    public long current(String key) {
        Entry entry = entries.get(key);
        return live(entry, now()) ? entry.hits() : 0;
    }

    @Override
    public void clear(String key) {
        entries.remove(key);
    }

    @Override
    public void block(String key, Duration duration) {
        Instant now = now();
        entries.put(key, new Entry(1, Set.of(), now.plus(duration)));
    }

    @Override
    public Optional<Duration> blockedFor(String key) {
        Instant now = now();
        Entry entry = entries.get(key);
        return live(entry, now) ? Optional.of(Duration.between(now, entry.endsAt())) : Optional.empty();
    }

    int trackedEntries() {
        return entries.size();
    }

    private Instant now() {
        Instant now = clock.instant();
        if (calls.incrementAndGet() % SWEEP_EVERY == 0) {
            entries.values().removeIf(entry -> !live(entry, now));
        }
        return now;
    }

    private static boolean live(Entry entry, Instant now) {
        return entry != null && now.isBefore(entry.endsAt());
    }

    private record Entry(long hits, Set<String> members, Instant endsAt) {
    }
}
