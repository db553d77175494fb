package org.lms.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A small HTTP client for the server under test. {@link #as(String)} signs in as a fresh user with
 * the given roles the way a real client would: register, confirm the email with the token from the
 * mail the LMS sent, have the bootstrap admin grant the roles, log in.
 */
public final class Api {

    public static final String BASE = "http://127.0.0.1:" + System.getProperty("lms.it.http.port", "8180");
    public static final String MANAGEMENT = "http://127.0.0.1:" + System.getProperty("lms.it.management.port", "10090");
    public static final String ADMIN_EMAIL = "it-admin@lms.example.org";
    public static final String ADMIN_PASSWORD = "Integration-Admin-Pass-1";
    public static final String PASSWORD = "Integration-Pass-2024";
    public static final String DISPLAY_NAME = "Test User";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static Api admin;

    private final String userId;
    private final String email;
    private final String accessToken;
    private final String refreshToken;
    private final String clientAddress = randomClientAddress();

    private Api(String userId, String email, String accessToken, String refreshToken) {
        this.userId = userId;
        this.email = email;
        this.accessToken = accessToken;
        this.refreshToken = refreshToken;
    }

    /**
     * Each client speaks from its own address (sent as X-Forwarded-For; the test server trusts
     * 127.0.0.1 as a proxy), as separate people would, so per-IP limits on the auth endpoints
     * apply per client and not to the whole test suite at once.
     */
    private static String randomClientAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    public static Api anonymous() {
        return new Api(null, null, null, null);
    }

    /** A new verified user holding STUDENT plus the listed roles (comma-separated), signed in. */
    public static Api as(String roles) {
        return as(roles, DISPLAY_NAME);
    }

    /** The same, registered under {@code displayName}. */
    public static Api as(String roles, String displayName) {
        String email = "it-" + UUID.randomUUID() + "@lms.example.org";
        String id = register(email, PASSWORD, displayName);
        verify(email);
        for (String role : roles.split(",")) {
            if (!role.isBlank() && !role.strip().equals("STUDENT")) {
                Reply granted = send(admin().request("/api/v1/admin/users/" + id + "/roles/" + role.strip())
                        .PUT(HttpRequest.BodyPublishers.noBody()).build());
                check(granted, 200);
            }
        }
        return login(email, PASSWORD);
    }

    /** The installation's bootstrap admin (from LMS_BOOTSTRAP_ADMIN_* in the failsafe environment). */
    public static synchronized Api admin() {
        if (admin == null) {
            admin = login(ADMIN_EMAIL, ADMIN_PASSWORD);
        }
        return admin;
    }

    /** Registers an account and answers its id; the verification mail goes to the test SMTP server. */
    public static String register(String email, String password) {
        return register(email, password, DISPLAY_NAME);
    }

    /** The same under {@code displayName} (written into JSON as is: no quotes or backslashes). */
    public static String register(String email, String password, String displayName) {
        Reply registered = anonymous().postJson("/api/v1/auth/register",
                "{\"email\":\"" + email + "\",\"name\":\"" + displayName + "\",\"password\":\"" + password + "\"}");
        check(registered, 201);
        return registered.json().getString("id");
    }

    public static void verify(String email) {
        String token = Mailbox.tokenFrom(email, "Confirm your email");
        check(anonymous().postJson("/api/v1/auth/verify-email", "{\"token\":\"" + token + "\"}"), 204);
    }

    public static Api login(String email, String password) {
        Reply reply = anonymous().postJson("/api/v1/auth/login",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        check(reply, 200);
        return withTokens(email, reply);
    }

    /** The signed-in client of a login or refresh answer. */
    public static Api withTokens(String email, Reply tokens) {
        String access = tokens.json().getString("accessToken");
        String subject = Json.createReader(new StringReader(new String(Base64.getUrlDecoder()
                .decode(access.split("\\.")[1]), StandardCharsets.UTF_8))).readObject().getString("sub");
        return new Api(subject, email, access, tokens.json().getString("refreshToken"));
    }

    private static void check(Reply reply, int status) {
        if (reply.status() != status) {
            throw new IllegalStateException("Expected " + status + ", got " + reply);
        }
    }

    public String userId() {
        return userId;
    }

    public String email() {
        return email;
    }

    public String accessToken() {
        return accessToken;
    }

    public String refreshToken() {
        return refreshToken;
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : BASE + path))
                .timeout(Duration.ofSeconds(30))
                .header("X-Forwarded-For", clientAddress);
        if (accessToken != null) {
            builder.header("Authorization", "Bearer " + accessToken);
        }
        return builder;
    }

    public Reply get(String path) {
        return send(request(path).GET().build());
    }

    public Reply postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Reply putJson(String path, String ifMatch, String json) {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return send(builder.build());
    }

    public static Reply send(HttpRequest request) {
        try {
            return new Reply(CLIENT.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (Exception e) {
            throw new IllegalStateException("Request failed: " + request, e);
        }
    }

    /** A response, with its body parsed as JSON on demand. */
    public record Reply(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public JsonObject json() {
            return Json.createReader(new StringReader(response.body())).readObject();
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}
