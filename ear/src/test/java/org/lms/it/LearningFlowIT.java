package org.lms.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lms.it.support.Api;
import org.lms.it.support.Api.Reply;
import org.lms.it.support.DeployedLms;
import org.lms.it.support.Itdb;
import org.lms.it.support.Scrapes;
import org.lms.it.support.StoredFiles;

/**
 * The learning flow end to end: an instructor builds a course of one lesson of each type, a student
 * enrolls, reads, downloads, submits and completes it; metrics and reporting views follow exactly.
 * The quiz lesson is created as not required and has no quiz, so the others complete the course; QuizFlowIT
 * covers quizzes.
 */
class LearningFlowIT extends DeployedLms {

    private static final String COURSES = "/api/v1/courses";
    private static final int MAX_UPLOAD_BYTES = 1_048_576;
    private final Api instructor = Api.as("INSTRUCTOR");
    private final Api student = Api.as("STUDENT");

    private String course(boolean publish) {
        String code = "L-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Reply created = instructor.postJson(COURSES, "{\"code\":\"" + code + "\",\"title\":\"Learning\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().getString("id");
        if (publish) {
            publish(id);
        }
        return id;
    }

    private void publish(String courseId) {
        Reply published = Api.send(instructor.request(COURSES + "/" + courseId + "/publish")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
    }

    private static Reply upload(Api caller, String path, String filename, String type, byte[] bytes) {
        return Api.send(caller.request(path + "?filename=" + URLEncoder.encode(filename, StandardCharsets.UTF_8))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    }

    private static Reply uploadChunked(Api caller, String path, String filename, byte[] bytes) {
        return Api.send(caller.request(path + "?filename=" + filename).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build());
    }

    private static List<String> lessonIds(Api caller, String courseId) {
        Reply listed = caller.get(COURSES + "/" + courseId + "/lessons");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        return Json.createReader(new StringReader(listed.body())).readArray().stream()
                .map(l -> l.asJsonObject().getString("id")).toList();
    }

    private static Reply post(Api caller, String path) {
        return Api.send(caller.request(path).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private static HttpResponse<byte[]> download(Api caller, String fileId, String range) {
        HttpRequest.Builder request = caller.request("/api/v1/files/" + fileId + "/content").GET();
        if (range != null) {
            request.header("Range", range);
        }
        try {
            return java.net.http.HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Reply addLesson(String courseId, String json) {
        return instructor.postJson(COURSES + "/" + courseId + "/lessons", json);
    }

    private String lessonId(String courseId, String json) {
        Reply added = addLesson(courseId, json);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.json().getString("id");
    }

    private static void assertProblem(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().getString("type")).isEqualTo("urn:lms:problem:" + code);
        assertThat(reply.body()).doesNotContain("Exception", "at org.", "at java.");
    }

    private static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) ('a' + i % 26);
        }
        return bytes;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void studentCompletesACourseOfEveryLessonTypeAndTheMetricsMoveExactly() throws Exception {
        String before = Scrapes.application();
        String courseId = course(false);
        byte[] material = pdf(1000);
        Reply uploaded = upload(instructor, COURSES + "/" + courseId + "/files", "Week 1 – notes.pdf",
                "application/pdf", material);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        String fileId = uploaded.json().getString("id");
        assertThat(uploaded.json().getString("sha256")).isEqualTo(sha256(material));
        assertThat(uploaded.json().getJsonNumber("sizeBytes").longValue()).isEqualTo(1000);

        String video = lessonId(courseId, "{\"title\":\"Welcome\",\"type\":\"VIDEO\","
                + "\"videoUrl\":\"https://video.example.org/welcome.mp4\",\"durationSeconds\":300}");
        Reply text = addLesson(courseId, "{\"title\":\"Reading\",\"type\":\"TEXT\",\"completionRule\":\"MARKED_DONE\","
                + "\"text\":\"# Intro\\n<script>alert(1)</script>\\n\\n[click](javascript:alert(2)) <img src=x onerror=alert(3)>\"}");
        assertThat(text.status()).as(text.toString()).isEqualTo(201);
        String html = text.json().getString("html");
        assertThat(html).contains("<h1>Intro</h1>", "&lt;script&gt;", ">click</a>")
                .doesNotContain("<script", "href=\"javascript", "<img");
        String textId = text.json().getString("id");
        String file = lessonId(courseId, "{\"title\":\"Notes\",\"type\":\"FILE\",\"fileId\":\"" + fileId + "\"}");
        String quiz = lessonId(courseId, "{\"title\":\"Check\",\"type\":\"QUIZ\",\"required\":false,\"quizId\":\""
                + UUID.randomUUID() + "\"}");
        String assignment = lessonId(courseId, "{\"title\":\"Essay\",\"type\":\"ASSIGNMENT\","
                + "\"instructions\":\"Write one page.\",\"dueAt\":\"2030-01-01T00:00:00Z\"}");
        publish(courseId);
        assertThat(post(student, COURSES + "/" + courseId + "/enrollments").status()).isEqualTo(201);

        assertThat(lessonIds(student, courseId)).containsExactly(video, textId, file, quiz, assignment);
        assertThat(student.get(COURSES + "/" + courseId + "/lessons/" + assignment).json().getString("completionRule"))
                .isEqualTo("SUBMITTED");

        HttpResponse<byte[]> whole = download(student, fileId, null);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(material);
        assertThat(whole.headers().firstValue("ETag")).contains("\"" + sha256(material) + "\"");
        assertThat(whole.headers().firstValue("Content-Length")).contains("1000");
        assertThat(whole.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(whole.headers().firstValue("Accept-Ranges")).contains("bytes");
        assertThat(whole.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"Week 1 _ notes.pdf\"; filename*=UTF-8''Week%201%20%E2%80%93%20notes.pdf");
        HttpResponse<byte[]> part = download(student, fileId, "bytes=10-19");
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Range")).contains("bytes 10-19/1000");
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(material, 10, 20));
        HttpResponse<byte[]> beyond = download(student, fileId, "bytes=5000-");
        assertThat(beyond.statusCode()).isEqualTo(416);
        assertThat(beyond.headers().firstValue("Content-Range")).contains("bytes */1000");
        assertThat(download(Api.as("STUDENT"), fileId, null).statusCode()).isEqualTo(403);

        String lessonsPath = COURSES + "/" + courseId + "/lessons/";
        for (String lesson : List.of(video, textId, file)) {
            Reply done = post(student, lessonsPath + lesson + "/completion");
            assertThat(done.status()).as(done.toString()).isEqualTo(200);
        }
        assertProblem(post(student, lessonsPath + video + "/completion"), 409, "lesson-already-completed");
        assertProblem(post(student, lessonsPath + assignment + "/completion"), 409, "completion-rule-mismatch");
        assertProblem(post(student, lessonsPath + quiz + "/completion"), 409, "completion-rule-mismatch");
        JsonObject midway = student.get(COURSES + "/" + courseId + "/progress/" + student.userId()).json();
        assertThat(midway.getJsonNumber("percentage").doubleValue()).isEqualTo(75.0);
        assertThat(midway.getString("nextLessonId")).isEqualTo(assignment);

        byte[] essay = "My essay.".getBytes(StandardCharsets.UTF_8);
        Reply submitted = upload(student, lessonsPath + assignment + "/submission", "essay.txt", "text/plain", essay);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.json().getJsonNumber("completedLessons").longValue()).isEqualTo(4);
        assertThat(submitted.json().getJsonNumber("requiredLessons").longValue()).isEqualTo(4);
        assertThat(submitted.json().getJsonNumber("percentage").doubleValue()).isEqualTo(100.0);
        assertThat(submitted.json().getString("completedAt")).isNotBlank();
        assertThat(submitted.json().containsKey("nextLessonId") && !submitted.json().isNull("nextLessonId")).isFalse();

        Reply roster = instructor.get(COURSES + "/" + courseId + "/progress");
        assertThat(roster.status()).as(roster.toString()).isEqualTo(200);
        assertThat(roster.json().getJsonNumber("total").longValue()).isEqualTo(1);
        assertProblem(student.get(COURSES + "/" + courseId + "/progress"), 403, "access-denied");
        assertProblem(Api.as("STUDENT").get(COURSES + "/" + courseId + "/progress/" + student.userId()), 403,
                "access-denied");
        assertThat(Itdb.count("SELECT completed FROM report_course_progress WHERE course_id = '" + courseId + "'"))
                .isEqualTo(1);
        assertThat(Itdb.count("SELECT percentage FROM report_student_progress WHERE course_id = '" + courseId + "'"))
                .isEqualTo(100);

        String after = Scrapes.application();
        for (String type : List.of("VIDEO", "TEXT", "FILE", "ASSIGNMENT")) {
            assertThat(Scrapes.delta(before, after, "lms_lesson_completions_total", "lesson_type=\"" + type + "\""))
                    .as(type).isEqualTo(1.0);
        }
        assertThat(Scrapes.delta(before, after, "lms_lesson_completions_total", "lesson_type=\"QUIZ\"")).isZero();
        assertThat(Scrapes.delta(before, after, "lms_course_completions_total")).isEqualTo(1.0);
        assertThat(Scrapes.delta(before, after, "lms_enrollment_completion_duration_seconds_count")).isEqualTo(1.0);
        assertThat(Scrapes.delta(before, after, "lms_file_transfers_total", "direction=\"upload\"", "outcome=\"success\""))
                .isEqualTo(2.0);
        assertThat(Scrapes.delta(before, after, "lms_file_transfers_total", "direction=\"download\"", "outcome=\"success\""))
                .isEqualTo(2.0);
        assertThat(Scrapes.delta(before, after, "lms_file_transfers_total", "direction=\"download\"", "outcome=\"rejected\""))
                .isEqualTo(2.0);
        assertThat(Scrapes.delta(before, after, "lms_file_transfer_bytes_total", "direction=\"upload\""))
                .isEqualTo(1000.0 + essay.length);
        assertThat(Scrapes.delta(before, after, "lms_file_transfer_bytes_total", "direction=\"download\"")).isEqualTo(1010.0);
        assertThat(Scrapes.delta(before, after, "lms_enrollment_completion_duration_seconds_bucket", "le=\"3600.0\""))
                .isEqualTo(1.0);
    }

    @Test
    void badUploadsAreRefusedAndLeaveNoFileOrRowBehind() {
        String courseId = course(false);
        String files = COURSES + "/" + courseId + "/files";
        long rows = Itdb.count("SELECT count(*) FROM stored_file");
        long onDisk = StoredFiles.count();
        String before = Scrapes.application();

        assertProblem(upload(instructor, files, "page.html", "text/html", pdf(10)), 415, "unsupported-media-type");
        assertProblem(upload(instructor, files, "empty.pdf", "application/pdf", new byte[0]), 422, "validation-failed");
        assertProblem(upload(instructor, files, "../../etc/passwd", "text/plain", pdf(10)), 422, "validation-failed");
        assertProblem(upload(instructor, files, "big.pdf", "application/pdf", pdf(MAX_UPLOAD_BYTES + 1)), 413,
                "payload-too-large");
        assertProblem(uploadChunked(instructor, files, "chunked.pdf", pdf(MAX_UPLOAD_BYTES + 1)), 413,
                "payload-too-large");
        assertProblem(upload(Api.as("INSTRUCTOR"), files, "theirs.pdf", "application/pdf", pdf(10)), 404,
                "course-not-found");
        assertProblem(upload(student, files, "mine.pdf", "application/pdf", pdf(10)), 403, "access-denied");

        assertThat(Itdb.count("SELECT count(*) FROM stored_file")).isEqualTo(rows);
        assertThat(StoredFiles.count()).isEqualTo(onDisk);
        String after = Scrapes.application();
        // The student never reaches the upload (the role rule refuses first), so six transfers were refused.
        assertThat(Scrapes.delta(before, after, "lms_file_transfers_total", "direction=\"upload\"", "outcome=\"rejected\""))
                .isEqualTo(6.0);
        assertThat(Scrapes.delta(before, after, "lms_file_transfers_total", "direction=\"upload\"", "outcome=\"success\""))
                .isZero();
    }

    @Test
    void badLessonsAreRefusedAndReorderIsAllOrNothing() {
        String courseId = course(false);
        String otherCourse = course(false);
        String otherFile = upload(instructor, COURSES + "/" + otherCourse + "/files", "other.pdf", "application/pdf",
                pdf(10)).json().getString("id");
        String otherLesson = lessonId(otherCourse, "{\"title\":\"Elsewhere\",\"type\":\"TEXT\",\"text\":\"x\"}");
        String first = lessonId(courseId, "{\"title\":\"One\",\"type\":\"TEXT\",\"text\":\"1\"}");
        String second = lessonId(courseId, "{\"title\":\"Two\",\"type\":\"TEXT\",\"text\":\"2\"}");
        long lessons = Itdb.count("SELECT count(*) FROM lesson");

        assertProblem(addLesson(courseId, "{\"title\":\"V\",\"type\":\"VIDEO\",\"videoUrl\":\"https://v.example.org/a\","
                + "\"durationSeconds\":-5}"), 422, "validation-failed");
        assertProblem(addLesson(courseId, "{\"title\":\"V\",\"type\":\"VIDEO\",\"videoUrl\":\"http://v.example.org/a\","
                + "\"durationSeconds\":5}"), 422, "validation-failed");
        assertProblem(addLesson(courseId, "{\"title\":\"V\",\"type\":\"VIDEO\",\"videoUrl\":\"javascript:alert(1)\","
                + "\"durationSeconds\":5}"), 422, "validation-failed");
        assertProblem(addLesson(courseId, "{\"title\":\"F\",\"type\":\"FILE\",\"fileId\":\"" + otherFile + "\"}"), 422,
                "validation-failed");
        assertProblem(addLesson(courseId, "{\"title\":\"Q\",\"type\":\"QUIZ\",\"quizId\":\"" + UUID.randomUUID()
                + "\",\"completionRule\":\"VIEWED\"}"), 422, "validation-failed");
        assertProblem(Api.as("INSTRUCTOR").postJson(COURSES + "/" + courseId + "/lessons",
                "{\"title\":\"T\",\"type\":\"TEXT\",\"text\":\"x\"}"), 404, "course-not-found");
        assertProblem(instructor.get(COURSES + "/" + courseId + "/lessons/" + otherLesson), 404, "lesson-not-found");
        assertProblem(Api.send(instructor.request(COURSES + "/" + courseId + "/lessons/" + otherLesson).DELETE().build()),
                404, "lesson-not-found");
        assertProblem(instructor.putJson(COURSES + "/" + courseId + "/lessons/order", null,
                "{\"lessonIds\":[\"" + second + "\",\"" + otherLesson + "\"]}"), 422, "validation-failed");
        assertProblem(instructor.putJson(COURSES + "/" + courseId + "/lessons/order", null,
                "{\"lessonIds\":[\"" + second + "\",\"" + second + "\",\"" + first + "\"]}"), 422, "validation-failed");
        assertThat(Itdb.count("SELECT count(*) FROM lesson")).isEqualTo(lessons);
        assertThat(lessonIds(instructor, courseId)).containsExactly(first, second);

        Reply reordered = instructor.putJson(COURSES + "/" + courseId + "/lessons/order", null,
                "{\"lessonIds\":[\"" + second + "\",\"" + first + "\"]}");
        assertThat(reordered.status()).as(reordered.toString()).isEqualTo(200);
        assertThat(lessonIds(instructor, courseId)).containsExactly(second, first);
        assertProblem(student.get(COURSES + "/" + courseId + "/lessons"), 404, "course-not-found");
    }

    @Test
    void everyLearningEndpointIsDescribedInTheOpenApiDocument() {
        Reply openapi = Api.anonymous().get("/openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/courses/{courseId}/lessons:",
                "/api/v1/courses/{courseId}/lessons/order:", "/api/v1/courses/{courseId}/lessons/{lessonId}/completion:",
                "/api/v1/courses/{courseId}/lessons/{lessonId}/submission:", "/api/v1/courses/{courseId}/files:",
                "/api/v1/files/{fileId}/content:", "/api/v1/courses/{courseId}/progress/{studentId}:",
                "LessonRequest:", "Progress:", "\"416\":");
    }
}
