package org.lms.application.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lms.application.port.out.AbuseCountersPort;
import org.lms.application.port.out.AbuseSignalsPort;
import org.lms.application.port.out.RequestOriginPort;

/** Counters that never expire (the tests stay within every window), a settable client address, and the signals seen. */
class InMemoryAbuseCounters implements AbuseCountersPort, AbuseSignalsPort, RequestOriginPort {

    private final Map<String, Long> hits = new HashMap<>();
    private final Map<String, Set<String>> sets = new HashMap<>();
    private final Map<String, Duration> blocks = new HashMap<>();
    /** Every report, as "<source> <until>". */
    final List<String> sourcesOverThreshold = new ArrayList<>();
    String clientAddress = "203.0.113.7";

    @Override
    public WindowHits hit(String key, Duration window) {
        return new WindowHits(hits.merge(key, 1L, Long::sum), window);
    }

    @Override
    public long distinct(String key, String member, Duration window) {
        Set<String> members = sets.computeIfAbsent(key, k -> new HashSet<>());
        members.add(member);
        return members.size();
    }

    @Override
    public long current(String key) {
        return hits.getOrDefault(key, 0L);
    }

    @Override
    public void clear(String key) {
        hits.remove(key);
    }

    @Override
    public void block(String key, Duration duration) {
        blocks.put(key, duration);
    }

    @Override
    public Optional<Duration> blockedFor(String key) {
        return Optional.ofNullable(blocks.get(key));
    }

    /** What the clock passing the end of every counting window (not of the blocks) would do. */
    void endWindows() {
        hits.clear();
        sets.clear();
    }

    /** What the clock passing the end of every block would do. */
    void liftBlocks() {
        blocks.clear();
    }

    @Override
    public void failureSourceOverThreshold(String source, Duration until) {
        sourcesOverThreshold.add(source + " " + until);
    }

    @Override
    public RequestOrigin current() {
        return new RequestOrigin(clientAddress, "test", "request-1");
    }
}
