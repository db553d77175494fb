package org.lms.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lms.it.support.Api;
import org.lms.it.support.Api.Reply;
import org.lms.it.support.DeployedLms;

/**
 * Every operation of the served OpenAPI document, called by six callers, against a table of who may
 * do what. An operation missing from the table fails the test, so no new endpoint ships without a
 * decision about its access. {@code OK} means the caller got past access control (any answer but
 * 401, 403, 404 and 5xx; an empty body may well be refused with 400 or 422); a number is the exact status.
 * 404 marks ownership: a draft course stays invisible to everyone but its instructor and admins.
 */
class AuthorizationMatrixIT extends DeployedLms {

    private static final String OK = "OK";
    private static final List<String> CALLERS = List.of("anonymous", "student", "other student", "instructor",
            "other instructor", "admin");

    /** Operation → expected answer per caller, in the order of {@link #CALLERS}. */
    private static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();

    static {
        expect("POST /api/v1/auth/register", OK, OK, OK, OK, OK, OK);
        expect("POST /api/v1/auth/verify-email", OK, OK, OK, OK, OK, OK);
        expect("POST /api/v1/auth/login", OK, OK, OK, OK, OK, OK);
        expect("POST /api/v1/auth/login/mfa", OK, OK, OK, OK, OK, OK);
        expect("POST /api/v1/auth/refresh", OK, OK, OK, OK, OK, OK);
        expect("POST /api/v1/auth/password-reset", OK, OK, OK, OK, OK, OK);
        expect("POST /api/v1/auth/password-reset/complete", OK, OK, OK, OK, OK, OK);
        expect("POST /api/v1/auth/logout", "401", OK, OK, OK, OK, OK);
        expect("GET /api/v1/account", "401", OK, OK, OK, OK, OK);
        expect("PUT /api/v1/account/password", "401", OK, OK, OK, OK, OK);
        expect("POST /api/v1/account/mfa", "401", OK, OK, OK, OK, OK);
        expect("POST /api/v1/account/mfa/confirm", "401", OK, OK, OK, OK, OK);
        expect("POST /api/v1/account/mfa/disable", "401", OK, OK, OK, OK, OK);
        expect("PUT /api/v1/admin/users/{id}/roles/{role}", "401", "403", "403", "403", "403", OK);
        // {role} is STUDENT, the student's only role: the admin is refused with 409 last-role, so nothing is revoked.
        expect("DELETE /api/v1/admin/users/{id}/roles/{role}", "401", "403", "403", "403", "403", OK);
        expect("GET /api/v1/admin/security-events", "401", "403", "403", "403", "403", OK);
        expect("GET /api/v1/admin/security-events/verification", "401", "403", "403", "403", "403", OK);
        expect("GET /api/v1/courses", OK, OK, OK, OK, OK, OK);
        expect("POST /api/v1/courses", "401", "403", "403", OK, OK, OK);
        expect("GET /api/v1/courses/{id}", "404", "404", "404", OK, "404", OK);
        expect("PUT /api/v1/courses/{id}", "401", "403", "403", OK, "404", OK);
        expect("POST /api/v1/courses/{id}/publish", "401", "403", "403", OK, "404", OK);
        // {courseId} below is a published course of "instructor" with one lesson and one file, in
        // which "student" is enrolled; {studentId} is that student.
        expect("POST /api/v1/courses/{courseId}/enrollments", "401", OK, OK, OK, OK, "403");
        expect("GET /api/v1/courses/{courseId}/enrollments", "401", "403", "403", OK, "403", OK);
        expect("DELETE /api/v1/courses/{courseId}/enrollments/{studentId}", "401", OK, "403", OK, "403", OK);
        expect("GET /api/v1/me/enrollments", "401", OK, OK, OK, OK, OK);
        expect("GET /api/v1/courses/{courseId}/lessons", OK, OK, OK, OK, OK, OK);
        expect("POST /api/v1/courses/{courseId}/lessons", "401", "403", "403", OK, "403", OK);
        expect("PUT /api/v1/courses/{courseId}/lessons/order", "401", "403", "403", OK, "403", OK);
        expect("GET /api/v1/courses/{courseId}/lessons/{lessonId}", OK, OK, OK, OK, OK, OK);
        expect("PUT /api/v1/courses/{courseId}/lessons/{lessonId}", "401", "403", "403", OK, "403", OK);
        expect("DELETE /api/v1/courses/{courseId}/lessons/{lessonId}", "401", "403", "403", OK, "403", OK);
        expect("POST /api/v1/courses/{courseId}/lessons/{lessonId}/completion", "401", OK, "403", "403", "403", "403");
        expect("POST /api/v1/courses/{courseId}/lessons/{lessonId}/submission", "401", OK, "403", "403", "403", "403");
        // Quiz rows use a published course of "instructor" whose QUIZ lesson {lessonId} has an authored quiz
        // (unlimited attempts), "student" enrolled and holding the open attempt {attemptId} with question {questionId}.
        expect("PUT /api/v1/courses/{courseId}/lessons/{lessonId}/quiz", "401", "403", "403", OK, "403", OK);
        expect("GET /api/v1/courses/{courseId}/lessons/{lessonId}/quiz", "401", OK, "403", OK, "403", OK);
        expect("POST /api/v1/courses/{courseId}/lessons/{lessonId}/quiz/attempts", "401", OK, "403", "403", "403", "403");
        expect("GET /api/v1/courses/{courseId}/lessons/{lessonId}/quiz/attempts", "401", "403", "403", OK, "403", OK);
        expect("GET /api/v1/quiz-attempts/{attemptId}", "401", OK, "404", OK, "404", OK);
        expect("PUT /api/v1/quiz-attempts/{attemptId}/answers/{questionId}", "401", OK, "404", "403", "404", "403");
        expect("POST /api/v1/quiz-attempts/{attemptId}/submission", "401", OK, "404", "403", "404", "403");
        // The open attempt awaits no review: its staff get 409, which still shows they may ask.
        expect("POST /api/v1/quiz-attempts/{attemptId}/review", "401", "403", "403", OK, "404", OK);
        expect("GET /api/v1/courses/{courseId}/quiz-reviews", "401", "403", "403", OK, "403", OK);
        expect("POST /api/v1/courses/{courseId}/files", "401", "403", "403", OK, "403", OK);
        expect("GET /api/v1/files/{fileId}/content", "401", OK, "403", OK, "403", OK);
        expect("GET /api/v1/courses/{courseId}/progress", "401", "403", "403", OK, "403", OK);
        expect("GET /api/v1/courses/{courseId}/progress/{studentId}", "401", OK, "403", OK, "403", OK);
        expect("GET /api/v1/courses/{courseId}/engagement", "401", "403", "403", OK, "403", OK);
        expect("GET /api/v1/me/engagement", "401", OK, OK, OK, OK, OK);
        expect("GET /api/v1/instructors/{instructorId}/workload", "401", "403", "403", OK, "403", OK);
        expect("GET /api/v1/courses/{courseId}/submissions", "401", "403", "403", OK, "403", OK);
        expect("GET /api/v1/me/submissions", "401", OK, OK, OK, OK, OK);
        // {submissionId} is a fresh ungraded submission of "student" to a GRADED assignment of "instructor".
        expect("PUT /api/v1/submissions/{submissionId}/grade", "401", "403", "403", OK, "403", OK);
        // {code} is a code no certificate has: who may ask is decided before the lookup.
        expect("GET /api/v1/certificates/verify/{code}", "404", "404", "404", "404", "404", "404");
        expect("GET /api/v1/certificates/{code}", "401", "404", "404", "404", "404", "404");
        expect("GET /api/v1/certificates/{code}/html", "401", "404", "404", "404", "404", "404");
        expect("POST /api/v1/certificates/{code}/revocation", "401", "403", "403", "403", "403", OK);
        expect("GET /api/v1/me/certificates", "401", OK, OK, OK, OK, OK);
        expect("GET /api/v1/admin/jobs", "401", "403", "403", "403", "403", OK);
        expect("POST /api/v1/admin/jobs/{id}/retry", "401", "403", "403", "403", "403", "404");
    }

    private static void expect(String operation, String... perCaller) {
        EXPECTED.put(operation, List.of(perCaller));
    }

    @Test
    void everyOperationAnswersEachCallerAsTheTableSays() {
        Set<String> served = servedOperations();
        assertThat(new TreeSet<>(EXPECTED.keySet()))
                .as("operations without an access expectation (add them to the table) or no longer served")
                .isEqualTo(served);

        Api student = Api.as("STUDENT");
        Api instructor = Api.as("INSTRUCTOR");
        Map<String, Api> callers = new LinkedHashMap<>();
        callers.put("anonymous", Api.anonymous());
        callers.put("student", student);
        callers.put("other student", Api.as("STUDENT"));
        callers.put("instructor", instructor);
        callers.put("other instructor", Api.as("INSTRUCTOR"));
        callers.put("admin", Api.admin());

        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, List<String>> row : EXPECTED.entrySet()) {
            for (int i = 0; i < CALLERS.size(); i++) {
                String caller = CALLERS.get(i);
                // Anonymous callers are many different clients, as the per-IP auth limits assume.
                Api client = caller.equals("anonymous") ? Api.anonymous() : callers.get(caller);
                Reply reply = call(client, row.getKey(), instructor, student);
                String expected = row.getValue().get(i);
                if (!matches(expected, reply)) {
                    mismatches.add(row.getKey() + " as " + caller + ": expected " + expected + ", got " + reply);
                }
                if (reply.status() == 401 || reply.status() == 403) {
                    assertThat(reply.header("Content-Type")).as(row.getKey() + " as " + caller)
                            .startsWith("application/problem+json");
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private static boolean matches(String expected, Reply reply) {
        int status = reply.status();
        return OK.equals(expected) ? status != 401 && status != 403 && status != 404 && status < 500
                : status == Integer.parseInt(expected);
    }

    private static Set<String> servedOperations() {
        Reply document = Api.anonymous().get("/openapi?format=JSON");
        assertThat(document.status()).isEqualTo(200);
        Set<String> operations = new TreeSet<>();
        JsonObject paths = document.json().getJsonObject("paths");
        paths.forEach((path, item) -> item.asJsonObject().keySet().stream()
                .filter(key -> Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(key))
                .forEach(method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path)));
        return operations;
    }

    /** One call with path parameters filled in: a fresh draft of {@code owner} for {id} of courses. */
    private static Reply call(Api caller, String operation, Api owner, Api student) {
        String method = operation.substring(0, operation.indexOf(' '));
        String path = operation.substring(operation.indexOf(' ') + 1);
        String body = "{}";
        String contentType = "application/json";
        if (path.startsWith("/api/v1/courses/{id}")) {
            path = path.replace("{id}", draftOf(owner));
            body = "{\"title\":\"Matrix\"}";
        }
        if (path.contains("/quiz") || path.contains("{attemptId}")) {
            QuizFixture quiz = quizFixture(owner, student);
            body = path.endsWith("/quiz") ? QUIZ : path.contains("/answers/") ? "{\"value\":true}"
                    : path.endsWith("/review") ? "{\"extraAttempts\":0}" : "{}";
            path = path.replace("{courseId}", quiz.courseId()).replace("{lessonId}", quiz.lessonId())
                    .replace("{attemptId}", quiz.attemptId()).replace("{questionId}", quiz.questionId());
        }
        if (path.contains("{courseId}") || path.contains("{fileId}")) {
            PublishedCourse course = publishedCourse(owner, student);
            // Valid bodies, so that what decides the answer is access and not validation.
            if (path.endsWith("/lessons/order")) {
                body = "{\"lessonIds\":[\"" + course.lessonId() + "\"]}";
            } else if (path.endsWith("/lessons") || path.endsWith("/lessons/{lessonId}")) {
                body = "{\"title\":\"Matrix\",\"type\":\"TEXT\",\"completionRule\":\"MARKED_DONE\",\"text\":\"Hi\"}";
            } else if (path.endsWith("/files") || path.endsWith("/submission")) {
                path += "?filename=matrix.txt";
                body = "matrix";
                contentType = "text/plain";
            }
            path = path.replace("{courseId}", course.id()).replace("{lessonId}", course.lessonId())
                    .replace("{fileId}", course.fileId()).replace("{studentId}", student.userId());
        }
        if (path.contains("{submissionId}")) {
            path = path.replace("{submissionId}", submissionTo(owner, student));
            body = "{\"score\":80,\"feedback\":\"Matrix\"}";
        }
        path = path.replace("{instructorId}", owner.userId()).replace("{code}", "ABCDEFGHJKMNPQRSTVWX");
        path = path.replace("{id}", student.userId()).replace("{role}", "STUDENT");
        HttpRequest.Builder request = caller.request(path).header("If-Match", "\"0\"");
        if (method.equals("GET")) {
            return Api.send(request.GET().build());
        }
        return Api.send(request.header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private record PublishedCourse(String id, String lessonId, String fileId) {
    }

    private static final String QUIZ = "{\"passMarkPercent\":50,\"questions\":[{\"type\":\"TRUE_FALSE\","
            + "\"prompt\":\"Matrix?\",\"correctValue\":true}]}";

    private record QuizFixture(String courseId, String lessonId, String attemptId, String questionId) {
    }

    /** A published course of {@code instructor} with an authored quiz; {@code student} is enrolled and has started an attempt. */
    private static QuizFixture quizFixture(Api instructor, Api student) {
        String id = draftOf(instructor);
        Reply lesson = instructor.postJson("/api/v1/courses/" + id + "/lessons",
                "{\"title\":\"Quiz\",\"type\":\"QUIZ\",\"quizId\":\"" + UUID.randomUUID() + "\"}");
        assertThat(lesson.status()).as(lesson.toString()).isEqualTo(201);
        String quiz = "/api/v1/courses/" + id + "/lessons/" + lesson.json().getString("id") + "/quiz";
        Reply authored = instructor.putJson(quiz, null, QUIZ);
        assertThat(authored.status()).as(authored.toString()).isEqualTo(201);
        publishAndEnroll(instructor, student, id);
        Reply started = Api.send(student.request(quiz + "/attempts").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return new QuizFixture(id, lesson.json().getString("id"), started.json().getString("id"),
                started.json().getJsonArray("questions").getJsonObject(0).getString("id"));
    }

    /** A published course of {@code instructor} with a MARKED_DONE text lesson and a file; {@code student} is enrolled. */
    private static PublishedCourse publishedCourse(Api instructor, Api student) {
        String id = draftOf(instructor);
        Reply file = Api.send(instructor.request("/api/v1/courses/" + id + "/files?filename=notes.txt")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("notes")).build());
        assertThat(file.status()).as(file.toString()).isEqualTo(201);
        Reply lesson = instructor.postJson("/api/v1/courses/" + id + "/lessons",
                "{\"title\":\"Read\",\"type\":\"TEXT\",\"completionRule\":\"MARKED_DONE\",\"text\":\"Hello\"}");
        assertThat(lesson.status()).as(lesson.toString()).isEqualTo(201);
        publishAndEnroll(instructor, student, id);
        return new PublishedCourse(id, lesson.json().getString("id"), file.json().getString("id"));
    }

    /** An ungraded submission of {@code student} to a published GRADED assignment of {@code instructor}. */
    private static String submissionTo(Api instructor, Api student) {
        String id = draftOf(instructor);
        Reply lesson = instructor.postJson("/api/v1/courses/" + id + "/lessons", "{\"title\":\"Essay\","
                + "\"type\":\"ASSIGNMENT\",\"completionRule\":\"GRADED\",\"instructions\":\"Write\","
                + "\"dueAt\":\"2030-01-01T00:00:00Z\"}");
        assertThat(lesson.status()).as(lesson.toString()).isEqualTo(201);
        publishAndEnroll(instructor, student, id);
        Reply submitted = Api.send(student.request("/api/v1/courses/" + id + "/lessons/" + lesson.json().getString("id")
                + "/submission?filename=essay.txt").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("essay")).build());
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        Reply own = student.get("/api/v1/me/submissions?courseId=" + id);
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        return own.json().getJsonArray("items").getJsonObject(0).getString("id");
    }

    private static void publishAndEnroll(Api instructor, Api student, String courseId) {
        Reply published = Api.send(instructor.request("/api/v1/courses/" + courseId + "/publish")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        Reply enrolled = Api.send(student.request("/api/v1/courses/" + courseId + "/enrollments")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
    }

    private static String draftOf(Api instructor) {
        Reply created = instructor.postJson("/api/v1/courses", "{\"code\":\"AM-" + UUID.randomUUID().toString()
                .substring(0, 8).toUpperCase(Locale.ROOT) + "\",\"title\":\"Matrix\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getString("id");
    }
}
