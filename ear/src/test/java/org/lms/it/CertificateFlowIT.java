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
        Eventually.holds(() -> Itdb.count("SELECT count(*) FROM job WHERE type = 'CERTIFICATE_ISSUANCE' AND"
                + " (state = 'RUNNING' OR (state = 'PENDING' AND run_after < now() + interval '1 minute'))") == 0,
                PATIENCE);
    }

    private String completedCourse(String title) {
        String code = "C-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String courseId = created(instructor, COURSES, "{\"code\":\"" + code + "\",\"title\":\"" + title + "\"}");
        String lessons = COURSES + "/" + courseId + "/lessons";
        String video = created(instructor, lessons, "{\"title\":\"Welcome\",\"type\":\"VIDEO\","
                + "\"videoUrl\":\"https://video.example.org/welcome.mp4\",\"durationSeconds\":300}");
        String text = created(instructor, lessons, "{\"title\":\"Reading\",\"type\":\"TEXT\",\"text\":\"Read me\"}");
        String essay = created(instructor, lessons, "{\"title\":\"Essay\",\"type\":\"ASSIGNMENT\","
                + "\"instructions\":\"Write one page.\",\"dueAt\":\"2030-01-01T00:00:00Z\"}");
        assertThat(post(instructor, COURSES + "/" + courseId + "/publish").status()).isEqualTo(200);
        assertThat(post(student, COURSES + "/" + courseId + "/enrollments").status()).isEqualTo(201);
        assertThat(post(student, lessons + "/" + video + "/completion").status()).isEqualTo(200);
        Reply submitted = Api.send(student.request(lessons + "/" + essay + "/submission?filename=essay.txt")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("My essay")).build());
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
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
        assertThat(certificate.getString("holderName")).isEqualTo(Api.DISPLAY_NAME);
        assertThat(Itdb.count("SELECT count(*) FROM certificate WHERE course_id = '" + courseId + "'")).isEqualTo(1);
        noIssuanceInFlight();

        Reply verified = Api.anonymous().get("/api/v1/certificates/verify/" + code.toLowerCase());
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.json().getString("status")).isEqualTo("VALID");
        assertThat(verified.json().getString("courseTitle")).isEqualTo("Graphs <b>&</b> 'Trees'");
        assertThat(verified.json().containsKey("revocationReason")).isFalse();
        assertThat(verified.json().getString("holderName")).isEqualTo(Api.DISPLAY_NAME);
        assertThat(verified.body()).doesNotContain(student.userId(), student.email());

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

    private static JsonObject own(Api caller, String path, String courseId) {
        Reply reply = caller.get(path);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonArray("items").stream().map(item -> item.asJsonObject())
                .filter(item -> item.getString("courseId").equals(courseId)).findFirst().orElse(null);
    }

    @Test
    void engagementWorkloadAndPlatformGaugesFollowTheStudentsWork() {
        String courseId = completedCourse("Engagement");

        // Recomputed every second in the tests (LMS_JOBS_ENGAGEMENT_RECOMPUTE_INTERVAL): three completions today.
        Eventually.holds(() -> {
            JsonObject scored = own(student, "/api/v1/me/engagement", courseId);
            return scored != null && scored.getInt("activeDays") == 1
                    && scored.getJsonNumber("recentActivity").doubleValue() > 2.9;
        }, PATIENCE);
        JsonObject mine = own(student, "/api/v1/me/engagement", courseId);
        assertThat(mine.getJsonNumber("score").doubleValue()).isEqualTo(41.93);
        assertThat(mine.getJsonNumber("recentActivity").doubleValue()).isBetween(2.99, 3.0);
        assertThat(mine.getInt("activeDays")).isEqualTo(1);
        Reply course = instructor.get(COURSES + "/" + courseId + "/engagement");
        assertThat(course.status()).as(course.toString()).isEqualTo(200);
        assertThat(course.json().getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(course.json().getJsonArray("items").getJsonObject(0).getString("studentId"))
                .isEqualTo(student.userId());
        assertProblem(student.get(COURSES + "/" + courseId + "/engagement"), 403, "access-denied");
        assertProblem(instructor.get(COURSES + "/" + courseId + "/engagement?limit=0"), 422, "validation-failed");

        Reply workload = instructor.get("/api/v1/instructors/" + instructor.userId() + "/workload");
        assertThat(workload.status()).as(workload.toString()).isEqualTo(200);
        assertThat(workload.json().getJsonNumber("coursesTaught").longValue()).isEqualTo(1);
        assertThat(workload.json().getJsonNumber("activeStudents").longValue()).isEqualTo(1);
        // The essay of a SUBMITTED lesson completed it at once, but still awaits its (optional) grade.
        assertThat(workload.json().getJsonNumber("submissionsAwaitingGrading").longValue()).isEqualTo(1);
        assertThat(workload.json().getJsonNumber("oldestSubmissionAgeSeconds").longValue()).isBetween(0L, 600L);
        assertThat(admin.get("/api/v1/instructors/" + instructor.userId() + "/workload").status()).isEqualTo(200);
        assertProblem(Api.as("INSTRUCTOR").get("/api/v1/instructors/" + instructor.userId() + "/workload"), 403,
                "access-denied");

        long submissions = Itdb.count("SELECT count(*) FROM assignment_submission WHERE graded_at IS NULL");
        long scored = Itdb.count("SELECT count(*) FROM engagement_score");
        Eventually.holds(() -> {
            String scrape = Scrapes.application();
            return Scrapes.series(scrape, "lms_active_users", "role=\"student\"", "window=\"5m\"") >= 1
                    && Scrapes.sample(scrape, "lms_instructor_submissions_awaiting_grading") >= submissions
                    && Scrapes.sample(scrape, "lms_engagement_score_average") > 0
                    && Scrapes.series(scrape, "lms_engagement_scores") >= scored;
        }, PATIENCE);
        String scrape = Scrapes.application();
        assertThat(Scrapes.sample(scrape, "lms_course_completion_rate")).isGreaterThan(0).isLessThanOrEqualTo(1);
        assertThat(Scrapes.sample(scrape, "lms_engagement_score_average")).isLessThanOrEqualTo(100);
        assertThat(Scrapes.sample(scrape, "lms_instructor_oldest_submission_age_seconds")).isGreaterThanOrEqualTo(0);
        assertThat(Scrapes.series(scrape, "lms_active_users", "role=\"student\"", "window=\"1d\""))
                .isGreaterThanOrEqualTo(Scrapes.series(scrape, "lms_active_users", "role=\"student\"",
                        "window=\"5m\""));
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
