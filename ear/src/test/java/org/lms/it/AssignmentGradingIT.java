package org.lms.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.lms.it.support.Api;
import org.lms.it.support.Api.Reply;
import org.lms.it.support.DeployedLms;
import org.lms.it.support.Eventually;
import org.lms.it.support.Itdb;
import org.lms.it.support.Scrapes;
import org.lms.it.support.StoredFiles;

/**
 * Assignment grading end to end: a GRADED assignment waits for its grade, a failed grade lets the
 * student hand in again, a passing one completes the lesson and the course and certifies it under
 * the student's display name; the instructor's workload and the grading metrics follow exactly, and
 * every refused grade is a problem that writes nothing.
 */
class AssignmentGradingIT extends DeployedLms {

    private static final String COURSES = "/api/v1/courses";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String HOLDER = "Grace Hopper";
    private final Api instructor = Api.as("INSTRUCTOR");
    private final Api student = Api.as("STUDENT", HOLDER);

    private record GradedCourse(String id, String essayLesson, String videoLesson) {
    }

    private static Reply post(Api caller, String path) {
        return Api.send(caller.request(path).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private static void assertProblem(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        if (code != null) {
            assertThat(reply.json().getString("type")).isEqualTo("urn:lms:problem:" + code);
        }
        assertThat(reply.body()).doesNotContain("Exception", "at org.", "at java.");
    }

    private String created(String path, String json) {
        Reply reply = instructor.postJson(path, json);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getString("id");
    }

    /** A published course of a video and an essay graded with pass score 70; the student is enrolled. */
    private GradedCourse gradedCourse() {
        String code = "G-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String courseId = created(COURSES, "{\"code\":\"" + code + "\",\"title\":\"Technical Writing\"}");
        String lessons = COURSES + "/" + courseId + "/lessons";
        String video = created(lessons, "{\"title\":\"Welcome\",\"type\":\"VIDEO\","
                + "\"videoUrl\":\"https://video.example.org/welcome.mp4\",\"durationSeconds\":300}");
        Reply essay = instructor.postJson(lessons, "{\"title\":\"Essay\",\"type\":\"ASSIGNMENT\","
                + "\"completionRule\":\"GRADED\",\"passScore\":70,\"instructions\":\"Write one page.\","
                + "\"dueAt\":\"2030-01-01T00:00:00Z\"}");
        assertThat(essay.status()).as(essay.toString()).isEqualTo(201);
        assertThat(essay.json().getString("completionRule")).isEqualTo("GRADED");
        assertThat(essay.json().getInt("passScore")).isEqualTo(70);
        assertThat(post(instructor, COURSES + "/" + courseId + "/publish").status()).isEqualTo(200);
        assertThat(post(student, COURSES + "/" + courseId + "/enrollments").status()).isEqualTo(201);
        return new GradedCourse(courseId, essay.json().getString("id"), video);
    }

    private Reply submit(GradedCourse course, String text) {
        return Api.send(student.request(COURSES + "/" + course.id() + "/lessons/" + course.essayLesson()
                        + "/submission?filename=essay.txt").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(text)).build());
    }

    private JsonObject onlyAwaiting(GradedCourse course) {
        Reply awaiting = instructor.get(COURSES + "/" + course.id() + "/submissions?status=awaiting");
        assertThat(awaiting.status()).as(awaiting.toString()).isEqualTo(200);
        assertThat(awaiting.json().getJsonNumber("total").longValue()).isEqualTo(1);
        JsonObject submission = awaiting.json().getJsonArray("items").getJsonObject(0);
        assertThat(submission.getString("status")).isEqualTo("AWAITING_GRADING");
        assertThat(submission.getString("studentId")).isEqualTo(student.userId());
        assertThat(submission.containsKey("score")).isFalse();
        return submission;
    }

    private static Reply grade(Api caller, String submissionId, String json) {
        return caller.putJson("/api/v1/submissions/" + submissionId + "/grade", null, json);
    }

    private long awaitingGrading() {
        Reply workload = instructor.get("/api/v1/instructors/" + instructor.userId() + "/workload");
        assertThat(workload.status()).as(workload.toString()).isEqualTo(200);
        assertThat(workload.json().getJsonNumber("coursesTaught").longValue()).isEqualTo(1);
        assertThat(workload.json().getJsonNumber("activeStudents").longValue()).isEqualTo(1);
        return workload.json().getJsonNumber("submissionsAwaitingGrading").longValue();
    }

    private JsonObject ownCertificate(String courseId) {
        Reply own = student.get("/api/v1/me/certificates");
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        return own.json().getJsonArray("items").stream().map(item -> item.asJsonObject())
                .filter(item -> item.getString("courseId").equals(courseId)).findFirst().orElse(null);
    }

    @Test
    void aFailedGradeLetsTheStudentResubmitAndAPassingOneCompletesAndCertifiesTheCourse() {
        GradedCourse course = gradedCourse();
        String before = Scrapes.application();
        assertThat(awaitingGrading()).isZero();
        assertThat(post(student, COURSES + "/" + course.id() + "/lessons/" + course.videoLesson() + "/completion")
                .status()).isEqualTo(200);

        Reply submitted = submit(course, "My first essay");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.json().getJsonNumber("percentage").doubleValue()).isEqualTo(50.0);
        assertThat(submitted.json().containsKey("completedAt")).isFalse();
        assertProblem(submit(course, "Impatient second essay"), 409, "submission-awaiting-grading");
        assertThat(awaitingGrading()).isEqualTo(1);

        JsonObject first = onlyAwaiting(course);
        Reply failed = grade(instructor, first.getString("id"), "{\"score\":69,\"feedback\":\"Too short.\"}");
        assertThat(failed.status()).as(failed.toString()).isEqualTo(200);
        assertThat(failed.json().getString("status")).isEqualTo("GRADED");
        assertThat(failed.json().getBoolean("passed")).isFalse();
        assertThat(awaitingGrading()).isZero();
        Reply progress = student.get(COURSES + "/" + course.id() + "/progress/" + student.userId());
        assertThat(progress.status()).as(progress.toString()).isEqualTo(200);
        assertThat(progress.json().getJsonNumber("percentage").doubleValue()).isEqualTo(50.0);
        Reply mine = student.get("/api/v1/me/submissions?courseId=" + course.id());
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        JsonObject seen = mine.json().getJsonArray("items").getJsonObject(0);
        assertThat(seen.getInt("score")).isEqualTo(69);
        assertThat(seen.getString("feedback")).isEqualTo("Too short.");
        assertThat(seen.getBoolean("passed")).isFalse();

        assertThat(submit(course, "My better essay").status()).isEqualTo(200);
        assertThat(awaitingGrading()).isEqualTo(1);
        JsonObject second = onlyAwaiting(course);
        assertThat(second.getString("id")).isNotEqualTo(first.getString("id"));
        Reply passed = grade(Api.admin(), second.getString("id"), "{\"score\":70}");
        assertThat(passed.status()).as(passed.toString()).isEqualTo(200);
        assertThat(passed.json().getBoolean("passed")).isTrue();
        assertThat(passed.json().containsKey("feedback")).isFalse();
        assertThat(awaitingGrading()).isZero();

        Reply done = student.get(COURSES + "/" + course.id() + "/progress/" + student.userId());
        assertThat(done.json().getJsonNumber("percentage").doubleValue()).isEqualTo(100.0);
        assertThat(done.json().getString("completedAt")).isNotBlank();
        Reply graded = instructor.get(COURSES + "/" + course.id() + "/submissions?status=graded");
        assertThat(graded.json().getJsonArray("items")).extracting(item -> item.asJsonObject().getString("id"))
                .containsExactly(first.getString("id"), second.getString("id"));
        assertProblem(submit(course, "One more"), 409, "lesson-already-completed");

        String after = Scrapes.application();
        assertThat(Scrapes.delta(before, after, "lms_assignments_graded_total", "result=\"failed\"")).isEqualTo(1.0);
        assertThat(Scrapes.delta(before, after, "lms_assignments_graded_total", "result=\"passed\"")).isEqualTo(1.0);
        assertThat(Scrapes.sample(after, "lms_assignment_grading_delay_seconds_count")
                - Scrapes.sample(before, "lms_assignment_grading_delay_seconds_count")).isEqualTo(2.0);
        assertThat(Scrapes.delta(before, after, "lms_assignment_grading_delay_seconds_bucket", "le=\"3600.0\""))
                .isEqualTo(2.0);
        assertThat(Scrapes.delta(before, after, "lms_lesson_completions_total", "lesson_type=\"ASSIGNMENT\"")).isEqualTo(1.0);
        assertThat(Scrapes.sample(after, "lms_course_completions_total")
                - Scrapes.sample(before, "lms_course_completions_total")).isEqualTo(1.0);

        Eventually.holds(() -> ownCertificate(course.id()) != null, PATIENCE);
        JsonObject certificate = ownCertificate(course.id());
        assertThat(certificate.getString("holderName")).isEqualTo(HOLDER);
        Reply verified = Api.anonymous().get("/api/v1/certificates/verify/" + certificate.getString("code"));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.json().getString("holderName")).isEqualTo(HOLDER);
        assertThat(verified.body()).doesNotContain(student.userId(), student.email());
        Reply html = student.get("/api/v1/certificates/" + certificate.getString("code") + "/html");
        assertThat(html.body()).contains(HOLDER);
    }

    @Test
    void refusedGradesAreProblemsAndWriteNothing() {
        GradedCourse course = gradedCourse();
        assertThat(submit(course, "An essay").status()).isEqualTo(200);
        String id = onlyAwaiting(course).getString("id");
        String before = Scrapes.application();

        assertProblem(grade(instructor, id, "{\"score\":101}"), 422, "validation-failed");
        assertProblem(grade(instructor, id, "{\"score\":-1}"), 422, "validation-failed");
        assertProblem(grade(instructor, id, "{}"), 422, "validation-failed");
        assertProblem(grade(instructor, id, "{\"score\":80,\"feedback\":\"" + "x".repeat(4001) + "\"}"), 422,
                "validation-failed");
        assertProblem(grade(instructor, id, "{\"score\":80,\"feedbak\":\"typo\"}"), 422, "validation-failed");
        assertProblem(grade(instructor, id, "{\"score\":\"eighty\"}"), 400, "malformed-request");
        assertProblem(grade(Api.as("INSTRUCTOR"), id, "{\"score\":80}"), 403, "access-denied");
        assertProblem(grade(student, id, "{\"score\":100}"), 403, "access-denied");
        assertProblem(grade(Api.anonymous(), id, "{\"score\":100}"), 401, null);
        assertProblem(grade(instructor, UUID.randomUUID().toString(), "{\"score\":80}"), 404, "submission-not-found");
        assertProblem(grade(instructor, "not-a-uuid", "{\"score\":80}"), 404, null);
        assertProblem(instructor.get(COURSES + "/" + course.id() + "/submissions?status=pending"), 422,
                "validation-failed");
        assertProblem(instructor.get(COURSES + "/" + course.id() + "/submissions?limit=101"), 422,
                "validation-failed");
        assertProblem(Api.as("INSTRUCTOR").get(COURSES + "/" + course.id() + "/submissions"), 403, "access-denied");
        assertProblem(student.get("/api/v1/me/submissions?courseId=nope"), 422, "validation-failed");

        assertThat(Itdb.count("SELECT count(*) FROM assignment_submission WHERE id = '" + id
                + "' AND graded_at IS NULL AND score IS NULL AND version = 0")).isEqualTo(1);
        assertThat(Itdb.count("SELECT count(*) FROM lesson_completion WHERE lesson_id = '" + course.essayLesson()
                + "'")).isZero();
        String refused = Scrapes.application();
        assertThat(Scrapes.sample(refused, "lms_assignments_graded_total")
                - Scrapes.sample(before, "lms_assignments_graded_total")).isZero();

        Reply graded = grade(instructor, id, "{\"score\":85,\"feedback\":\"" + "y".repeat(4000) + "\"}");
        assertThat(graded.status()).as(graded.toString()).isEqualTo(200);
        assertProblem(grade(instructor, id, "{\"score\":10}"), 409, "submission-already-graded");
        assertProblem(grade(Api.admin(), id, "{\"score\":10}"), 409, "submission-already-graded");
        assertThat(Itdb.count("SELECT count(*) FROM assignment_submission WHERE id = '" + id
                + "' AND score = 85 AND passed AND version = 1")).isEqualTo(1);
        String after = Scrapes.application();
        assertThat(Scrapes.series(after, "lms_assignments_graded_total", "result=\"passed\"")
                - Scrapes.series(before, "lms_assignments_graded_total", "result=\"passed\"")).isEqualTo(1.0);
        assertThat(Scrapes.sample(after, "lms_assignments_graded_total")
                - Scrapes.sample(before, "lms_assignments_graded_total")).isEqualTo(1.0);
    }

    /** Parallel hand-ins to a GRADED assignment: one is stored to await grading, the others are 409 and leave no file. */
    @Test
    void parallelHandInsLeaveExactlyOneSubmissionAwaitingGrading() throws Exception {
        GradedCourse course = gradedCourse();
        long filesBefore = StoredFiles.count();
        int handIns = 8;
        ExecutorService pool = Executors.newFixedThreadPool(handIns);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < handIns; i++) {
                String text = "Essay draft " + i;
                replies.add(pool.submit(() -> {
                    go.await();
                    return submit(course, text);
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                Reply answered = reply.get(60, TimeUnit.SECONDS);
                statuses.add(answered.status());
                if (answered.status() == 409) {
                    assertProblem(answered, 409, "submission-awaiting-grading");
                }
            }
            assertThat(statuses).as(statuses.toString()).containsOnly(200, 409).containsOnlyOnce(200);
        } finally {
            pool.shutdownNow();
        }
        onlyAwaiting(course);
        assertThat(Itdb.count("SELECT count(*) FROM stored_file WHERE course_id = '" + course.id()
                + "' AND purpose = 'SUBMISSION'")).as("refused hand-ins keep no file row").isEqualTo(1);
        assertThat(StoredFiles.count() - filesBefore).as("nor their bytes").isEqualTo(1);
    }
}
