package org.lms.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lms.it.support.Api;
import org.lms.it.support.Api.Reply;
import org.lms.it.support.Authenticator;
import org.lms.it.support.DeployedLms;
import org.lms.it.support.Mailbox;
import org.lms.it.support.Scrapes;

/** A user's whole life with the identity endpoints, with real mail (GreenMail) and real TOTP codes. */
class AccountJourneyIT extends DeployedLms {

    private static final String NEW_PASSWORD = "Another-Secret-2025";

    private static String email() {
        return "journey-" + UUID.randomUUID() + "@lms.example.org";
    }

    private static String credentials(String email, String password) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    }

    private static void assertProblem(Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    }

    private static Reply post(Api caller, String path, String json) {
        return caller.postJson(path, json);
    }

    @Test
    void registerVerifyLoginEnableMfaLoginWithTotpResetPasswordAndLoseOldSessions() throws Exception {
        String before = Scrapes.application();
        String email = email();
        Api.register(email, Api.PASSWORD);
        assertProblem(post(Api.anonymous(), "/api/v1/auth/login", credentials(email, Api.PASSWORD)), 403);

        String verification = Mailbox.tokenFrom(email, "Confirm your email");
        assertThat(post(Api.anonymous(), "/api/v1/auth/verify-email", "{\"token\":\"" + verification + "\"}").status())
                .isEqualTo(204);
        assertProblem(post(Api.anonymous(), "/api/v1/auth/verify-email", "{\"token\":\"" + verification + "\"}"), 401);

        Api user = Api.login(email, Api.PASSWORD);
        JsonObject me = user.get("/api/v1/account").json();
        assertThat(me.getString("email")).isEqualTo(email);
        assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("STUDENT");
        assertThat(me.getBoolean("emailVerified")).isTrue();

        Reply enrolment = Api.send(user.request("/api/v1/account/mfa").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(enrolment.status()).as(enrolment.toString()).isEqualTo(200);
        String secret = enrolment.json().getString("secret");
        assertThat(enrolment.json().getString("otpauthUri")).startsWith("otpauth://totp/LMS%3A").contains("secret=" + secret);
        Reply confirmed = post(user, "/api/v1/account/mfa/confirm",
                "{\"code\":\"" + Authenticator.code(secret, Instant.now()) + "\"}");
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().getJsonArray("recoveryCodes")).hasSize(10);
        String recoveryCode = confirmed.json().getJsonArray("recoveryCodes").getString(0);

        // The next step's code: the confirmation already spent the current one.
        String nextCode = Authenticator.code(secret, Instant.now().plusSeconds(30));
        Reply mfaLogin = Api.send(mfaStep(email, Api.PASSWORD, nextCode));
        assertThat(mfaLogin.status()).as(mfaLogin.toString()).isEqualTo(200);
        assertThat(mfaLogin.json().getString("status")).isEqualTo("authenticated");
        assertProblem(Api.send(mfaStep(email, Api.PASSWORD, nextCode)), 401);
        assertThat(Api.send(mfaStep(email, Api.PASSWORD, recoveryCode)).status()).isEqualTo(200);
        assertProblem(Api.send(mfaStep(email, Api.PASSWORD, recoveryCode)), 401);
        Api totpSession = Api.withTokens(email, mfaLogin);

        assertThat(post(Api.anonymous(), "/api/v1/auth/password-reset", "{\"email\":\"" + email() + "\"}").status())
                .isEqualTo(202);
        assertThat(post(Api.anonymous(), "/api/v1/auth/password-reset", "{\"email\":\"" + email + "\"}").status())
                .isEqualTo(202);
        String reset = Mailbox.tokenFrom(email, "Reset your password");
        assertProblem(post(Api.anonymous(), "/api/v1/auth/password-reset/complete",
                "{\"token\":\"" + reset + "\",\"newPassword\":\"short\"}"), 422);
        assertThat(post(Api.anonymous(), "/api/v1/auth/password-reset/complete",
                "{\"token\":\"" + reset + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}").status()).isEqualTo(204);

        assertProblem(post(Api.anonymous(), "/api/v1/auth/refresh",
                "{\"refreshToken\":\"" + totpSession.refreshToken() + "\"}"), 401);
        assertProblem(post(Api.anonymous(), "/api/v1/auth/login", credentials(email, Api.PASSWORD)), 401);
        Reply withNewPassword = post(Api.anonymous(), "/api/v1/auth/login", credentials(email, NEW_PASSWORD));
        assertThat(withNewPassword.json().getString("status")).isEqualTo("mfa_required");

        String after = Scrapes.application();
        assertThat(Scrapes.delta(before, after, "lms_mfa_challenges_total", "outcome=\"issued\"")).as("four steps, one last login")
                .isEqualTo(5.0);
        assertThat(Scrapes.delta(before, after, "lms_mfa_challenges_total", "outcome=\"success\"")).isEqualTo(2.0);
        assertThat(Scrapes.delta(before, after, "lms_mfa_challenges_total", "outcome=\"failure\"")).as("both reused codes")
                .isEqualTo(2.0);
        assertThat(Scrapes.delta(before, after, "lms_password_resets_total", "stage=\"requested\"")).as("the unknown email too")
                .isEqualTo(2.0);
        assertThat(Scrapes.delta(before, after, "lms_password_resets_total", "stage=\"completed\"")).isEqualTo(1.0);

        String serverLog = Files.readString(Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log"));
        assertThat(serverLog).doesNotContain(verification, reset, secret, recoveryCode, Api.PASSWORD, NEW_PASSWORD);
    }

    @Test
    void reusingARotatedRefreshTokenRevokesTheWholeFamily() {
        Api user = Api.as("STUDENT");
        Reply first = post(Api.anonymous(), "/api/v1/auth/refresh", "{\"refreshToken\":\"" + user.refreshToken() + "\"}");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        String successor = first.json().getString("refreshToken");

        assertProblem(post(Api.anonymous(), "/api/v1/auth/refresh", "{\"refreshToken\":\"" + user.refreshToken() + "\"}"), 401);
        assertProblem(post(Api.anonymous(), "/api/v1/auth/refresh", "{\"refreshToken\":\"" + successor + "\"}"), 401);
    }

    @Test
    void logoutEndsTheSessionsRefreshTokens() {
        Api user = Api.as("STUDENT");
        assertThat(Api.send(user.request("/api/v1/auth/logout").POST(HttpRequest.BodyPublishers.noBody()).build())
                .status()).isEqualTo(204);
        assertProblem(post(Api.anonymous(), "/api/v1/auth/refresh", "{\"refreshToken\":\"" + user.refreshToken() + "\"}"), 401);
    }

    /** A revoked role ends the sessions; the next sign-in carries only the roles left; an audit event records it. */
    @Test
    void revokingARoleEndsTheUsersSessionsAndIsAudited() {
        Api user = Api.as("INSTRUCTOR");
        String roles = "/api/v1/admin/users/" + user.userId() + "/roles/";
        String before = Scrapes.application();

        Reply revoked = Api.send(Api.admin().request(roles + "INSTRUCTOR").DELETE().build());
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(revoked.json().getJsonArray("roles").toString()).isEqualTo("[\"STUDENT\"]");
        assertProblem(post(Api.anonymous(), "/api/v1/auth/refresh", "{\"refreshToken\":\"" + user.refreshToken() + "\"}"), 401);
        Api again = Api.login(user.email(), Api.PASSWORD);
        assertProblem(again.postJson("/api/v1/courses", "{\"code\":\"REV-1\",\"title\":\"No longer mine\"}"), 403);
        assertThat(Scrapes.delta(before, Scrapes.application(), "lms_security_events_total", "type=\"role_revoked\"")).isEqualTo(1.0);

        assertThat(Api.send(Api.admin().request(roles + "INSTRUCTOR").DELETE().build()).status())
                .as("a role the user lacks: nothing to do").isEqualTo(200);
        Reply last = Api.send(Api.admin().request(roles + "STUDENT").DELETE().build());
        assertProblem(last, 409);
        assertThat(last.json().getString("type")).isEqualTo("urn:lms:problem:last-role");
        Reply own = Api.send(Api.admin().request("/api/v1/admin/users/" + Api.admin().userId() + "/roles/ADMIN")
                .DELETE().build());
        assertProblem(own, 409);
        assertThat(own.json().getString("type")).isEqualTo("urn:lms:problem:own-admin-role");
        assertProblem(Api.send(Api.admin().request(roles + "ROOT").DELETE().build()), 422);
    }

    @Test
    void registrationRefusesBadInputWith422AndTakenEmailWith409() {
        String email = email();
        assertProblem(post(Api.anonymous(), "/api/v1/auth/register",
                "{\"email\":\"not-an-email\",\"name\":\"A\",\"password\":\"" + Api.PASSWORD + "\"}"), 422);
        assertProblem(post(Api.anonymous(), "/api/v1/auth/register",
                "{\"email\":\"" + email + "\",\"name\":\"A\",\"password\":\"aaaaaaaaaaaaaaaa\"}"), 422);
        assertProblem(post(Api.anonymous(), "/api/v1/auth/register",
                "{\"email\":\"" + email + "\",\"name\":\"A\\u202Eb\",\"password\":\"" + Api.PASSWORD + "\"}"), 422);
        assertProblem(post(Api.anonymous(), "/api/v1/auth/register",
                "{\"email\":\"" + email + "\",\"name\":\"" + "n".repeat(500) + "\",\"password\":\"" + Api.PASSWORD + "\"}"), 422);
        Api.register(email, Api.PASSWORD);
        assertProblem(post(Api.anonymous(), "/api/v1/auth/register",
                "{\"email\":\"" + email + "\",\"name\":\"A\",\"password\":\"" + Api.PASSWORD + "\"}"), 409);
    }

    @Test
    void invalidOrForgedBearerTokensAre401ProblemsEvenOnPublicEndpoints() {
        Reply garbage = Api.send(Api.anonymous().request("/api/v1/courses").header("Authorization", "Bearer x.y.z").GET().build());
        assertProblem(garbage, 401);
        assertThat(garbage.header("WWW-Authenticate")).startsWith("Bearer");
        String token = Api.as("STUDENT").accessToken();
        String[] parts = token.split("\\.");
        String none = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
        assertProblem(Api.send(Api.anonymous().request("/api/v1/account")
                .header("Authorization", "Bearer " + none + "." + parts[1] + ".").GET().build()), 401);
    }

    private static HttpRequest mfaStep(String email, String password, String code) {
        Reply first = post(Api.anonymous(), "/api/v1/auth/login", credentials(email, password));
        assertThat(first.json().getString("status")).as(first.toString()).isEqualTo("mfa_required");
        String body = "{\"challenge\":\"" + first.json().getString("mfaChallenge") + "\",\"code\":\"" + code + "\"}";
        return Api.anonymous().request("/api/v1/auth/login/mfa").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
