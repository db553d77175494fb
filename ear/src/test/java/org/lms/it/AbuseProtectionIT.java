package org.lms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.lms.it.support.Api;
import org.lms.it.support.Api.Reply;
import org.lms.it.support.DeployedLms;
import org.lms.it.support.Mailbox;
import org.lms.it.support.Scrapes;

/**
 * Sign-in abuse protection on the real EAR: lockouts, the spraying rule and the brute-force
 * gauge, which also counts sign-ins refused by the auth rate limit. The server trusts 127.0.0.1 as a proxy, so each attempt names its client address in
 * X-Forwarded-For.
 */
class AbuseProtectionIT extends DeployedLms {

    private static final String WRONG_PASSWORD = "Wrong-Guess-" + UUID.randomUUID();
    private static final String SPRAYED_PASSWORD = "Spring-2026-" + UUID.randomUUID();

    private static String freshAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    /** Every auth call names its own address, so this test neither spends nor meets other tests' auth limits. */
    private static Reply auth(String path, String json, String clientAddress) {
        return Api.send(Api.anonymous().request("/api/v1/auth/" + path)
                .header("X-Forwarded-For", clientAddress).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static Reply signIn(String email, String password, String clientAddress) {
        return auth("login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", clientAddress);
    }

    private static Api signedIn(String email, String password) {
        Reply reply = signIn(email, password, freshAddress());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return Api.withTokens(email, reply);
    }

    private static String verifiedAccount() {
        String email = "it-" + UUID.randomUUID() + "@lms.example.org";
        String address = freshAddress();
        assertThat(auth("register", "{\"email\":\"" + email + "\",\"name\":\"Test User\",\"password\":\"" + Api.PASSWORD
                + "\"}", address).status()).isEqualTo(201);
        String token = Mailbox.tokenFrom(email, "Confirm your email");
        assertThat(auth("verify-email", "{\"token\":\"" + token + "\"}", address).status()).isEqualTo(204);
        return email;
    }

    private static Api admin() {
        return signedIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
    }

    /** Five failures from five addresses, so only the account's count can explain what follows. */
    private static Reply lockOut(String email) {
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(email, WRONG_PASSWORD, freshAddress()).status()).isEqualTo(401);
        }
        return signIn(email, WRONG_PASSWORD, freshAddress());
    }

    private static double metric(String name, String... labels) {
        return labels.length == 0 ? Scrapes.sample(Scrapes.application(), name) : Scrapes.series(Scrapes.application(), name, labels);
    }

    @Test
    void fiveFailuresLockAnAccountAndAnUnknownEmailGetsTheSameAnswer() throws Exception {
        String known = verifiedAccount();
        double lockouts = metric("lms_lockouts_total", "scope=\"account\"");
        double locked = metric("lms_auth_attempts_total", "method=\"password\"", "outcome=\"locked\"");

        Reply knownLocked = lockOut(known);
        Reply unknownLocked = lockOut("it-nobody-" + UUID.randomUUID() + "@lms.example.org");
        Reply rightPasswordWhileLocked = signIn(known, Api.PASSWORD, freshAddress());

        for (Reply reply : List.of(knownLocked, unknownLocked, rightPasswordWhileLocked)) {
            assertThat(reply.status()).isEqualTo(429);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.json().getString("type")).isEqualTo("urn:lms:problem:login-locked");
            assertThat(reply.json().getString("detail")).isEqualTo(knownLocked.json().getString("detail"));
            assertThat(Integer.parseInt(reply.header("Retry-After"))).isBetween(1, 60);
        }
        assertThat(metric("lms_lockouts_total", "scope=\"account\"") - lockouts).isEqualTo(2);
        assertThat(metric("lms_auth_attempts_total", "method=\"password\"", "outcome=\"locked\"") - locked).isEqualTo(3);
        assertThat(Files.readString(serverLog())).doesNotContain(WRONG_PASSWORD, Api.PASSWORD, known);
    }

    @Test
    void manyAccountsFailingFromOneAddressAreSprayingAndABruteForceSource() throws Exception {
        String sprayer = freshAddress();
        double spraying = metric("lms_suspicious_activity_total", "rule=\"password_spraying\"");

        for (int i = 0; i < 12; i++) {
            Reply reply = signIn("it-sprayed-" + UUID.randomUUID() + "@lms.example.org", SPRAYED_PASSWORD, sprayer);
            assertThat(reply.status()).isEqualTo(401);
        }

        assertThat(metric("lms_suspicious_activity_total", "rule=\"password_spraying\"") - spraying).isEqualTo(1);
        assertThat(metric("lms_auth_failure_sources_over_threshold")).isGreaterThanOrEqualTo(1);
        assertThat(Files.readString(serverLog())).doesNotContain(SPRAYED_PASSWORD, sprayer);
    }

    @Test
    void signInsRefusedByTheAuthLimitStillMakeTheAddressABruteForceSource() {
        String attacker = freshAddress();
        // Refresh attempts spend the address's auth limit without counting as failed sign-ins.
        int spent = 0;
        while (auth("refresh", "{\"refreshToken\":\"not-a-token\"}", attacker).status() != 429) {
            assertThat(++spent).as("the auth limit never refused").isLessThan(100);
        }
        for (int i = 0; i < 10; i++) {
            assertThat(signIn("it-nobody-" + UUID.randomUUID() + "@lms.example.org", WRONG_PASSWORD, attacker).status()).isEqualTo(429);
        }
        double beforeEleventh = metric("lms_auth_failure_sources_over_threshold");

        Reply eleventh = signIn("it-nobody-" + UUID.randomUUID() + "@lms.example.org", WRONG_PASSWORD, attacker);

        assertThat(eleventh.status()).isEqualTo(429);
        assertThat(eleventh.json().getString("type")).isEqualTo("urn:lms:problem:rate-limited");
        assertThat(metric("lms_auth_failure_sources_over_threshold") - beforeEleventh).isEqualTo(1);
    }

    @Test
    void theAdminSeesTheEventsAndTheChainVerifies() {
        String address = freshAddress();
        String since = java.time.Instant.now().minusSeconds(1).toString();
        assertThat(signIn("it-nobody-" + UUID.randomUUID() + "@lms.example.org", WRONG_PASSWORD, address).status()).isEqualTo(401);

        Api admin = admin();
        Reply page = admin.get("/api/v1/admin/security-events?type=login_failed&since=" + since + "&limit=100");
        Reply verification = admin.get("/api/v1/admin/security-events/verification");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class))
                .anySatisfy(event -> {
                    assertThat(event.getString("clientIp")).isEqualTo(address);
                    assertThat(event.getString("outcome")).isEqualTo("failure");
                    assertThat(event.getString("hash")).hasSize(64);
                })
                .allSatisfy(event -> assertThat(event.getString("type")).isEqualTo("login_failed"));
        assertThat(verification.status()).isEqualTo(200);
        assertThat(verification.json().getBoolean("ok")).as(verification.body()).isTrue();
        assertThat(verification.json().getJsonNumber("checked").longValue()).isPositive();
        assertThat(signedIn(verifiedAccount(), Api.PASSWORD).get("/api/v1/admin/security-events").status()).isEqualTo(403);
    }

    @Test
    void aReusedRefreshTokenIsReportedAndNoTokenReachesTheLog() throws Exception {
        Api student = signedIn(verifiedAccount(), Api.PASSWORD);
        Api admin = admin();
        double reuse = metric("lms_suspicious_activity_total", "rule=\"refresh_token_reuse\"");
        String body = "{\"refreshToken\":\"" + student.refreshToken() + "\"}";

        Reply rotated = auth("refresh", body, freshAddress());
        Reply reused = auth("refresh", body, freshAddress());

        assertThat(rotated.status()).isEqualTo(200);
        assertThat(reused.status()).isEqualTo(401);
        assertThat(metric("lms_suspicious_activity_total", "rule=\"refresh_token_reuse\"") - reuse).isEqualTo(1);
        assertThat(Files.readString(serverLog())).doesNotContain(student.accessToken(), student.refreshToken(),
                rotated.json().getString("accessToken"), rotated.json().getString("refreshToken"), Api.PASSWORD,
                Api.ADMIN_PASSWORD, admin.accessToken(), admin.refreshToken());
    }

    private static Path serverLog() {
        return Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
    }
}
