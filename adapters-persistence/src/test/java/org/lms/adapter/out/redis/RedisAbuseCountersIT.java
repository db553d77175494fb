package org.lms.adapter.out.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lms.application.port.out.RateLimiterUnavailableException;

/**
 * The abuse counters against a real Redis (LMS_IT_REDIS_URL, default redis://127.0.0.1:6379), under
 * a key prefix of their own that is deleted afterwards: the Redis may be shared.
 */
class RedisAbuseCountersIT {

    private static final String REDIS = Optional.ofNullable(System.getenv("LMS_IT_REDIS_URL")).orElse("redis://127.0.0.1:6379");

    private final String prefix = "lms-it:" + System.getProperty("lms.it.db.name", "lms_it") + ":" + UUID.randomUUID() + ":";
    private final List<RedisConnection> connections = new ArrayList<>();

    @AfterEach
    void removeKeysAndClients() {
        connect(REDIS).client().getKeys().deleteByPattern(prefix + "*");
        connections.forEach(RedisConnection::close);
    }

    private RedisAbuseCounters counters(String url) {
        return new RedisAbuseCounters(new RedisAbuseStore(connect(url)));
    }

    private RedisConnection connect(String url) {
        RedisConnection connection = new RedisConnection(Optional.of(url), prefix, 150);
        connections.add(connection);
        return connection;
    }

    @Test
    void twoServersCountIntoTheSameWindowsAndSets() {
        RedisAbuseCounters first = counters(REDIS);
        RedisAbuseCounters second = counters(REDIS);

        first.hit("failures:account:abc", Duration.ofMinutes(15));
        var hits = second.hit("failures:account:abc", Duration.ofMinutes(15));
        first.distinct("spray:192.0.2.20", "a", Duration.ofMinutes(10));
        second.distinct("spray:192.0.2.20", "a", Duration.ofMinutes(10));

        assertThat(hits.hits()).isEqualTo(2);
        assertThat(hits.untilReset()).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
        assertThat(first.current("failures:account:abc")).isEqualTo(2);
        assertThat(second.distinct("spray:192.0.2.20", "b", Duration.ofMinutes(10))).isEqualTo(2);
        second.clear("failures:account:abc");
        assertThat(first.current("failures:account:abc")).isZero();
    }

    @Test
    void aBlockIsSeenByEveryServerUntilItExpires() {
        RedisAbuseCounters first = counters(REDIS);
        RedisAbuseCounters second = counters(REDIS);

        assertThat(second.blockedFor("lock:ip:192.0.2.21")).isEmpty();
        first.block("lock:ip:192.0.2.21", Duration.ofMinutes(2));

        assertThat(second.blockedFor("lock:ip:192.0.2.21")).hasValueSatisfying(left ->
                assertThat(left).isBetween(Duration.ofSeconds(110), Duration.ofMinutes(2)));
        assertThat(connect(REDIS).client().getKeys().remainTimeToLive(prefix + "abuse:lock:ip:192.0.2.21")).isPositive();
    }

    @Test
    void aClosedPortIsUnavailable() throws IOException {
        int closed;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = probe.getLocalPort();
        }
        RedisAbuseCounters unreachable = counters("redis://127.0.0.1:" + closed);

        assertThatThrownBy(() -> unreachable.hit("failures:ip:192.0.2.22", Duration.ofMinutes(1)))
                .isInstanceOf(RateLimiterUnavailableException.class);
    }
}
