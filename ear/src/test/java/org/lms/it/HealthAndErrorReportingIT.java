package org.lms.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lms.it.support.Api;
import org.lms.it.support.Api.Reply;
import org.lms.it.support.DeployedLms;
import org.lms.it.support.IntegrationTestSession;

/**
 * Health probes, what happens while PostgreSQL is unreachable (the test cuts the proxy the server
 * reaches it through), and what reaches Sentry and the logs when that happens.
 */
class HealthAndErrorReportingIT extends DeployedLms {


    @AfterEach
    void databaseBack() {
        IntegrationTestSession.databaseProxy().restore();
    }

    @Test
    void readinessFollowsTheDatabaseWhileLivenessAndStartupStayUp() {
        assertThat(health("ready").status()).isEqualTo(200);
        assertThat(health("live").status()).isEqualTo(200);
        assertThat(health("started").status()).isEqualTo(200);
        assertThat(health("ready").body()).contains("\"database\"", "\"UP\"");

        IntegrationTestSession.databaseProxy().cut();
        Reply down = health("ready");
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.json().getString("status")).isEqualTo("DOWN");
        assertThat(health("live").status()).isEqualTo(200);

        IntegrationTestSession.databaseProxy().restore();
        waitUntil(() -> health("ready").status() == 200, Duration.ofSeconds(20));
        assertThat(health("ready").json().getString("status")).isEqualTo("UP");
    }

    @Test
    void databaseOutageIsA503ProblemReportedToSentryWithoutSecretsAndLoggedAsJson() throws Exception {
        String requestId = "it-outage-" + UUID.randomUUID().toString().substring(0, 8);
        // A real access token is the secret: it is checked without the database, so the request reaches it.
        Api instructor = Api.as("INSTRUCTOR");
        String secret = instructor.accessToken();
        IntegrationTestSession.databaseProxy().cut();
        Reply reply = Api.send(instructor.request("/api/v1/courses")
                .header("X-Request-Id", requestId).GET().build());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(503);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.header("Retry-After")).isNotNull();
        assertThat(reply.json().getString("type")).isEqualTo("urn:lms:problem:database-unavailable");

        waitUntil(() -> errorEnvelope().isPresent(), Duration.ofSeconds(20));
        String error = errorEnvelope().orElseThrow();
        assertThat(error).contains("\"environment\":\"integration-test\"", "\"release\":\"lms@", "\"exception\"");
        assertThat(allEnvelopes()).doesNotContain(secret, "Authorization", "authorization");

        JsonObject logLine = serverLogLineWith(requestId);
        assertThat(logLine.getString("timestamp")).isNotBlank();
        assertThat(logLine.getString("level")).isEqualTo("WARN");
        assertThat(logLine.getString("logger")).startsWith("org.lms.");
        assertThat(logLine.getString("message")).contains("Database unavailable");
        assertThat(logLine.getJsonObject("mdc").getString("requestId")).isEqualTo(requestId);
        assertThat(logLine.getJsonObject("mdc").getString("traceId")).matches("[0-9a-f]{32}");
        assertThat(Files.readString(serverLog())).doesNotContain(secret);
    }

    @Test
    void requestsBecomeSentryTransactionsNamedByRoute() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        Api.send(Api.anonymous().request("/api/v1/courses")
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01").GET().build());

        waitUntil(() -> allEnvelopes().contains(traceId), Duration.ofSeconds(20));
        String transaction = IntegrationTestSession.sentryReceiver().envelopes().stream()
                .filter(e -> e.contains(traceId)).findFirst().orElseThrow();
        assertThat(transaction).contains("\"type\":\"transaction\"", "GET /api/v1/courses", "http.server");
    }

    private static Reply health(String probe) {
        return Api.anonymous().get(Api.MANAGEMENT + "/health/" + probe);
    }

    private static java.util.Optional<String> errorEnvelope() {
        return IntegrationTestSession.sentryReceiver().envelopes().stream()
                .filter(e -> e.contains("\"type\":\"event\"") && e.contains("database") || e.contains("\"exception\""))
                .findFirst();
    }

    private static String allEnvelopes() {
        return String.join("\n", IntegrationTestSession.sentryReceiver().envelopes());
    }

    private static Path serverLog() {
        return Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
    }

    private static JsonObject serverLogLineWith(String requestId) throws Exception {
        List<String> lines = Files.readAllLines(serverLog());
        return lines.stream().filter(line -> line.contains(requestId))
                .map(line -> Json.createReader(new StringReader(line)).readObject())
                .filter(json -> json.getString("logger").startsWith("org.lms."))
                .findFirst().orElseThrow(() -> new AssertionError("No log line carries request id " + requestId));
    }

    private static void waitUntil(BooleanSupplier condition, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Condition not met within " + timeout);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
