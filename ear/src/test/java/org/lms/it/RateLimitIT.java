package org.lms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lms.it.support.Api;
import org.lms.it.support.Api.Reply;
import org.lms.it.support.DeployedLms;
import org.lms.it.support.Eventually;
import org.lms.it.support.IntegrationTestSession;
import org.lms.it.support.Scrapes;

/**
 * Rate limits on the real EAR, counted in Redis through a proxy the test can cut. The server
 * trusts 127.0.0.1 as a proxy, so each test sends its own client address in X-Forwarded-For and
 * starts with fresh per-address windows.
 */
class RateLimitIT extends DeployedLms {

    private static final int AUTH_LIMIT = Integer.getInteger("lms.it.rate-limit.auth", 5);
    private static final int READ_LIMIT = Integer.getInteger("lms.it.rate-limit.api-read", 50);

    @AfterEach
    void redisBack() {
        IntegrationTestSession.redisProxy().restore();
    }

    private static String freshAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    private static Reply signIn(String clientAddress) {
        return Api.send(Api.anonymous().request("/api/v1/auth/login")
                .header("X-Forwarded-For", clientAddress).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
    }

    private static double unavailable(String endpointClass, String decision) {
        return Scrapes.application().lines()
                .filter(line -> line.startsWith("lms_rate_limiter_unavailable_total{"))
                .filter(line -> line.contains("endpoint_class=\"" + endpointClass + "\"") && line.contains("decision=\"" + decision + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void concurrentClientsFromOneAddressShareTheAuthLimit() throws Exception {
        String address = freshAddress();
        String before = Scrapes.application();
        List<Callable<List<Reply>>> clients = new ArrayList<>();
        for (int client = 0; client < 2; client++) {
            clients.add(() -> {
                List<Reply> replies = new ArrayList<>();
                for (int i = 0; i < AUTH_LIMIT; i++) {
                    replies.add(signIn(address));
                }
                return replies;
            });
        }
        List<Reply> replies = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (Future<List<Reply>> done : pool.invokeAll(clients)) {
                replies.addAll(done.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(replies).filteredOn(reply -> reply.status() == 429).hasSize(AUTH_LIMIT);
        assertThat(Scrapes.delta(before, Scrapes.application(), "lms_rate_limit_violations_total",
                "endpoint_class=\"auth\"")).as("each 429 counted once").isEqualTo(AUTH_LIMIT);
        assertThat(replies).filteredOn(reply -> reply.status() != 429).hasSize(AUTH_LIMIT)
                .allSatisfy(reply -> assertThat(reply.header("RateLimit-Limit")).isEqualTo(String.valueOf(AUTH_LIMIT)));
        assertThat(signIn(freshAddress()).status()).as("another address has its own window").isNotEqualTo(429);
    }

    @Test
    void overTheLimitTheAnswerIs429WithRetryAfterAndRateLimitHeaders() {
        String address = freshAddress();
        for (int i = 1; i <= AUTH_LIMIT; i++) {
            Reply allowed = signIn(address);
            assertThat(allowed.status()).isNotEqualTo(429);
            assertThat(allowed.header("RateLimit-Remaining")).isEqualTo(String.valueOf(AUTH_LIMIT - i));
        }

        Reply refused = signIn(address);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().getString("type")).isEqualTo("urn:lms:problem:rate-limited");
        assertThat(refused.json().getString("requestId")).isEqualTo(refused.header("X-Request-Id"));
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(refused.header("RateLimit-Limit")).isEqualTo(String.valueOf(AUTH_LIMIT));
        assertThat(refused.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(refused.header("RateLimit-Reset")).isEqualTo(refused.header("Retry-After"));
    }

    @Test
    void theApiIsLimitedPerUser() {
        Api student = Api.as("STUDENT");
        int allowed = 0;
        Reply reply = student.get("/api/v1/courses?limit=1");
        // A read that Redis was too slow to count is let through (fail open), so a loaded machine
        // may see the refusal a little later than at READ_LIMIT + 1, never earlier.
        while (reply.status() == 200 && allowed < READ_LIMIT + 10) {
            allowed++;
            reply = student.get("/api/v1/courses?limit=1");
        }
        Reply refused = reply;

        assertThat(allowed).isGreaterThanOrEqualTo(READ_LIMIT);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("RateLimit-Limit")).isEqualTo(String.valueOf(READ_LIMIT));
        assertThat(Api.as("STUDENT").get("/api/v1/courses?limit=1").status()).as("another user").isEqualTo(200);
        assertThat(Api.anonymous().get("/metrics").status()).as("metrics are never limited").isEqualTo(200);
    }

    @Test
    void withoutRedisReadsAreServedAuthIsRefusedAndBothAreCounted() {
        double readsLetThrough = unavailable("api_read", "allowed");
        double authRefused = unavailable("auth", "refused");
        Api student = Api.as("STUDENT");
        IntegrationTestSession.redisProxy().cut();

        Reply read = student.get("/api/v1/courses?limit=1");
        Reply auth = signIn(freshAddress());

        assertThat(read.status()).as("reads fail open").isEqualTo(200);
        assertThat(read.header("RateLimit-Limit")).as("nothing was counted").isNull();
        assertThat(auth.status()).as("auth fails closed").isEqualTo(503);
        assertThat(auth.json().getString("type")).isEqualTo("urn:lms:problem:rate-limiter-unavailable");
        assertThat(auth.json().getString("detail")).isEqualTo("rate limiter unavailable");
        assertThat(auth.header("Retry-After")).isNotNull();
        assertThat(unavailable("api_read", "allowed")).isGreaterThan(readsLetThrough);
        assertThat(unavailable("auth", "refused")).isGreaterThan(authRefused);

        IntegrationTestSession.redisProxy().restore();
        String address = freshAddress();
        Eventually.holds(() -> signIn(address).status() != 503, Duration.ofSeconds(40));
        Eventually.holds(() -> signIn(address).status() == 429, Duration.ofSeconds(10));
    }
}
