package org.lms.adapter.out.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lms.application.port.out.RateLimitEventsPort;
import org.lms.application.port.out.RateLimiterUnavailableException;
import org.lms.application.service.RateLimitService;
import org.lms.domain.ratelimit.Decision;
import org.lms.domain.ratelimit.EndpointClass;
import org.lms.domain.ratelimit.LimitKey;
import org.lms.domain.ratelimit.LimitPolicy;
import org.lms.domain.ratelimit.RateLimitPolicies;

/**
 * The Redis limiter against a real Redis (LMS_IT_REDIS_URL, default redis://127.0.0.1:6379), under
 * a key prefix of its own that is deleted afterwards: the Redis may be shared, so nothing else is touched.
 */
class RedisRateLimiterIT {

    private static final String REDIS = Optional.ofNullable(System.getenv("LMS_IT_REDIS_URL")).orElse("redis://127.0.0.1:6379");

    private final String prefix = "lms-it:" + System.getProperty("lms.it.db.name", "lms_it") + ":" + UUID.randomUUID() + ":";
    private final List<RedisConnection> connections = new ArrayList<>();

    @AfterEach
    void removeKeysAndClients() {
        RedisConnection cleaner = connect(REDIS);
        cleaner.client().getKeys().deleteByPattern(prefix + "*");
        connections.forEach(RedisConnection::close);
    }

    private RedisConnection connect(String url) {
        RedisConnection connection = new RedisConnection(Optional.of(url), prefix, 150);
        connections.add(connection);
        return connection;
    }

    private RedisRateLimiter limiter(String url) {
        return new RedisRateLimiter(new RedisWindowCounter(connect(url)));
    }

    @Test
    void twoServersCountIntoOneWindow() {
        RedisRateLimiter first = limiter(REDIS);
        RedisRateLimiter second = limiter(REDIS);
        LimitPolicy fourPerMinute = LimitPolicy.perMinute(EndpointClass.AUTH, 4);
        LimitKey key = LimitKey.forClient(EndpointClass.AUTH, "192.0.2.10");

        assertThat(first.tryAcquire(key, fourPerMinute).remaining()).isEqualTo(3);
        assertThat(second.tryAcquire(key, fourPerMinute).remaining()).isEqualTo(2);
        assertThat(first.tryAcquire(key, fourPerMinute).remaining()).isEqualTo(1);
        assertThat(second.tryAcquire(key, fourPerMinute).allowed()).isTrue();
        Decision fifth = first.tryAcquire(key, fourPerMinute);

        assertThat(fifth.verdict()).isEqualTo(Decision.Verdict.LIMITED);
        assertThat(fifth.resetSeconds()).isBetween(1L, 60L);
        assertThat(second.tryAcquire(LimitKey.forClient(EndpointClass.AUTH, "192.0.2.11"), fourPerMinute).allowed())
                .as("another address has its own window").isTrue();
    }

    @Test
    void theWindowLivesInRedisWithAnExpiry() {
        RedisConnection connection = connect(REDIS);
        RedisRateLimiter limiter = new RedisRateLimiter(new RedisWindowCounter(connection));
        limiter.tryAcquire(LimitKey.forClient(EndpointClass.API_READ, "192.0.2.12"), LimitPolicy.perMinute(EndpointClass.API_READ, 9));

        long ttl = connection.client().getKeys().remainTimeToLive(prefix + "rate:api_read:ip:192.0.2.12");
        assertThat(ttl).isBetween(1L, 60_000L);
    }

    @Test
    void anUnansweringRedisFailsFastAndThePolicyDecides() throws IOException {
        try (SilentServer silent = SilentServer.start()) {
            RedisRateLimiter limiter = limiter("redis://127.0.0.1:" + silent.port());
            List<String> reported = new CopyOnWriteArrayList<>();
            RateLimitService service = new RateLimitService(limiter, new RateLimitEventsPort() {
                @Override
                public void limitExceeded(EndpointClass endpointClass) {
                    reported.add("exceeded");
                }

                @Override
                public void limiterUnavailable(EndpointClass endpointClass, boolean allowed) {
                    reported.add(endpointClass.label() + (allowed ? " allowed" : " refused"));
                }
            });
            RateLimitPolicies policies = RateLimitPolicies.perMinute(5, 50, 50);

            long started = System.nanoTime();
            assertThatThrownBy(() -> limiter.tryAcquire(LimitKey.forClient(EndpointClass.AUTH, "192.0.2.13"),
                    LimitPolicy.perMinute(EndpointClass.AUTH, 5))).isInstanceOf(RateLimiterUnavailableException.class);
            Decision auth = service.check(LimitKey.forClient(EndpointClass.AUTH, "192.0.2.13"), policies.of(EndpointClass.AUTH));
            Decision read = service.check(LimitKey.forClient(EndpointClass.API_READ, "192.0.2.13"),
                    policies.of(EndpointClass.API_READ));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(auth.verdict()).isEqualTo(Decision.Verdict.UNCHECKED_REFUSED);
            assertThat(read.verdict()).isEqualTo(Decision.Verdict.UNCHECKED_ALLOWED);
            assertThat(reported).containsExactly("auth refused", "api_read allowed");
            assertThat(took).as("three calls, each bounded by the command timeout").isLessThan(Duration.ofMillis(1500));
        }
    }

    @Test
    void aClosedPortIsUnavailableToo() throws IOException {
        int closed;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = probe.getLocalPort();
        }
        RedisRateLimiter limiter = limiter("redis://127.0.0.1:" + closed);

        assertThatThrownBy(() -> limiter.tryAcquire(LimitKey.forClient(EndpointClass.API_WRITE, "192.0.2.14"),
                LimitPolicy.perMinute(EndpointClass.API_WRITE, 5))).isInstanceOf(RateLimiterUnavailableException.class);
    }

    /** Accepts connections and never answers: a Redis that hangs. */
    private static final class SilentServer implements AutoCloseable {

        private final ServerSocket listener;
        private final List<Socket> accepted = new CopyOnWriteArrayList<>();

        private SilentServer(ServerSocket listener) {
            this.listener = listener;
        }

        static SilentServer start() throws IOException {
            SilentServer server = new SilentServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
            Thread acceptor = new Thread(server::accept, "silent-redis");
            acceptor.setDaemon(true);
            acceptor.start();
            return server;
        }

        int port() {
            return listener.getLocalPort();
        }

        private void accept() {
            while (!listener.isClosed()) {
                try {
                    accepted.add(listener.accept());
                } catch (IOException e) {
                    return;
                }
            }
        }

        @Override
        public void close() throws IOException {
            listener.close();
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }
}
