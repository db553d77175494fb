package org.lms.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lms.it.support.Api;
import org.lms.it.support.Api.Reply;
import org.lms.it.support.DeployedLms;
import org.lms.it.support.Eventually;
import org.lms.it.support.Itdb;
import org.lms.it.support.Scrapes;

/**
 * Certificates end to end: a student completes a course of non-quiz lessons, the issuance job
 * certifies it, anyone verifies the code without login, an admin revokes it and verification says so.
 */
class CertificateFlowIT extends DeployedLms {

    private static final String COURSES = "/api/v1/courses";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private final Api instructor = Api.as("INSTRUCTOR");
    private final Api student = Api.as("STUDENT");
    private final Api admin = Api.as("ADMIN");

    private static Reply post(Api caller, String path) {
        return Api.send(caller.request(path).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private static void assertProblem(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().getString("type")).isEqualTo("urn:lms:problem:" + code);
        assertThat(reply.body()).doesNotContain("Exception", "at org.", "at java.");
    }

    private String created(Api caller, String path, String json) {
        Reply reply = caller.postJson(path, json);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getString("id");
    }

    /** Completions of other tests issue their certificates on their own time; wait for them so deltas are ours. */
    private static void noIssuanceInFlight() {
        Eventually.holds(() -> Itdb.count("SELECT count(*) FROM job WHERE type = 'CERTIFICATE_ISSUANCE'"
                + " AND state IN ('PENDING', 'RUNNING')") == 0, PATIENCE);
    }

    private String completedCourse(String title) {
        String code = "C-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String courseId = created(instructor, COURSES, "{\"code\":\"" + code + "\",\"title\":\"" + title + "\"}");
        String lessons = COURSES + "/" + courseId + "/lessons";
        String video = created(instructor, lessons, "{\"title\":\"Welcome\",\"type\":\"VIDEO\","
                + "\"videoUrl\":\"https://video.example.org/welcome.mp4\",\"durationSeconds\":300}");
        String text = created(instructor, lessons, "{\"title\":\"Reading\",\"type\":\"TEXT\",\"text\":\"Read me\"}");
        assertThat(post(instructor, COURSES + "/" + courseId + "/publish").status()).isEqualTo(200);
        assertThat(post(student, COURSES + "/" + courseId + "/enrollments").status()).isEqualTo(201);
        assertThat(post(student, lessons + "/" + video + "/completion").status()).isEqualTo(200);
        Reply done = post(student, lessons + "/" + text + "/completion");
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().getString("completedAt")).isNotBlank();
        return courseId;
    }

    private JsonObject ownCertificate(String courseId) {
        Reply own = student.get("/api/v1/me/certificates");
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        return own.json().getJsonArray("items").stream().map(item -> item.asJsonObject())
                .filter(item -> item.getString("courseId").equals(courseId)).findFirst().orElse(null);
    }

    @Test
    void completionIsCertifiedOnceVerifiablePubliclyAndRevocableByAnAdmin() {
        noIssuanceInFlight();
        String before = Scrapes.application();
        String courseId = completedCourse("Graphs <b>&</b> 'Trees'");

        Eventually.holds(() -> ownCertificate(courseId) != null, PATIENCE);
        JsonObject certificate = ownCertificate(courseId);
        String code = certificate.getString("code");
        assertThat(code).matches("[A-Z2-7]{20}");
        assertThat(certificate.getString("status")).isEqualTo("VALID");
        assertThat(certificate.getString("holderName")).isEqualTo(student.userId());
        assertThat(Itdb.count("SELECT count(*) FROM certificate WHERE course_id = '" + courseId + "'")).isEqualTo(1);
        noIssuanceInFlight();

        Reply verified = Api.anonymous().get("/api/v1/certificates/verify/" + code.toLowerCase());
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.json().getString("status")).isEqualTo("VALID");
        assertThat(verified.json().getString("courseTitle")).isEqualTo("Graphs <b>&</b> 'Trees'");
        assertThat(verified.json().containsKey("revocationReason")).isFalse();

        Reply html = student.get("/api/v1/certificates/" + code + "/html");
        assertThat(html.status()).as(html.toString()).isEqualTo(200);
        assertThat(html.header("Content-Type")).startsWith("text/html");
        assertThat(html.header("Content-Disposition")).startsWith("attachment");
        assertThat(html.body()).contains("Graphs &lt;b&gt;&amp;&lt;/b&gt; &#39;Trees&#39;", code)
                .doesNotContain("<b>");
        assertThat(instructor.get("/api/v1/certificates/" + code + "/html").status()).isEqualTo(200);
        assertProblem(Api.as("STUDENT").get("/api/v1/certificates/" + code + "/html"), 404, "certificate-not-found");
        assertThat(Api.anonymous().get("/api/v1/certificates/" + code).status()).isEqualTo(401);

        String revocation = "/api/v1/certificates/" + code + "/revocation";
        assertProblem(instructor.postJson(revocation, "{\"reason\":\"Copied\"}"), 403, "access-denied");
        Reply revoked = admin.postJson(revocation, "{\"reason\":\"Issued in error\"}");
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(revoked.json().getString("status")).isEqualTo("REVOKED");
        assertThat(revoked.json().getString("revocationReason")).isEqualTo("Issued in error");
        assertProblem(admin.postJson(revocation, "{\"reason\":\"Twice\"}"), 409, "certificate-already-revoked");

        Reply afterRevocation = Api.anonymous().get("/api/v1/certificates/verify/" + code);
        assertThat(afterRevocation.status()).isEqualTo(200);
        assertThat(afterRevocation.json().getString("status")).isEqualTo("REVOKED");

        String after = Scrapes.application();
        assertThat(Scrapes.sample(after, "lms_certificates_issued_total")
                - Scrapes.sample(before, "lms_certificates_issued_total")).isEqualTo(1.0);
        assertThat(Scrapes.sample(after, "lms_certificates_revoked_total")
                - Scrapes.sample(before, "lms_certificates_revoked_total")).isEqualTo(1.0);
    }

    @Test
    void malformedAndUnknownCodesAreProblems() {
        assertProblem(Api.anonymous().get("/api/v1/certificates/verify/not-a-code"), 422, "validation-failed");
        assertProblem(Api.anonymous().get("/api/v1/certificates/verify/" + "A".repeat(21)), 422, "validation-failed");
        assertProblem(Api.anonymous().get("/api/v1/certificates/verify/" + "A".repeat(20)), 404,
                "certificate-not-found");
        assertProblem(admin.postJson("/api/v1/certificates/" + "B".repeat(20) + "/revocation",
                "{\"reason\":\"x\"}"), 404, "certificate-not-found");
    }
}
