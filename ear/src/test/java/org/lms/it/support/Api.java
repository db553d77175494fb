package org.lms.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** A small HTTP client for the server under test, with the development identity headers. */
public final class Api {

    public static final String BASE = "http://127.0.0.1:" + System.getProperty("lms.it.http.port", "8180");
    public static final String MANAGEMENT = "http://127.0.0.1:" + System.getProperty("lms.it.management.port", "10090");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String userId;
    private final String roles;

    private Api(String userId, String roles) {
        this.userId = userId;
        this.roles = roles;
    }

    public static Api anonymous() {
        return new Api(null, null);
    }

    public static Api as(String roles) {
        return new Api(UUID.randomUUID().toString(), roles);
    }

    public String userId() {
        return userId;
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : BASE + path))
                .timeout(Duration.ofSeconds(30));
        if (userId != null) {
            builder.header("X-Dev-User-Id", userId).header("X-Dev-Roles", roles);
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
