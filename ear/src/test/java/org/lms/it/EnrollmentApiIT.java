package org.lms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.lms.it.support.Api;
import org.lms.it.support.Api.Reply;
import org.lms.it.support.DeployedLms;
import org.lms.it.support.Itdb;
import org.lms.it.support.Scrapes;

/** The enrollment slice end to end: REST, use cases, PostgreSQL constraints, metrics counted from events. */
class EnrollmentApiIT extends DeployedLms {

    private static final String COURSES = "/api/v1/courses";
    private final Api instructor = Api.as("INSTRUCTOR");
    private final Api student = Api.as("STUDENT");

    private String draftCourse() {
        String code = "E-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Reply created = instructor.postJson(COURSES, "{\"code\":\"" + code + "\",\"title\":\"Enrolment\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getString("id");
    }

    private String publishedCourse() {
        String id = draftCourse();
        Reply published = Api.send(instructor.request(COURSES + "/" + id + "/publish")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return id;
    }

    private static String enrollments(String courseId) {
        return COURSES + "/" + courseId + "/enrollments";
    }

    private static Reply enrollSelf(Api caller, String courseId) {
        return Api.send(caller.request(enrollments(courseId)).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private static Reply drop(Api caller, String courseId, String studentId) {
        return Api.send(caller.request(enrollments(courseId) + "/" + studentId).DELETE().build());
    }

    private static void assertProblem(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().getString("type")).isEqualTo("urn:lms:problem:" + code);
        assertThat(reply.body()).doesNotContain("Exception", "at org.", "at java.");
    }

    private static long enrollmentRows() {
        return Itdb.count("SELECT count(*) FROM enrollment");
    }

    private static long enrollmentRows(String courseId, String studentId) {
        return Itdb.count("SELECT count(*) FROM enrollment WHERE course_id = '" + UUID.fromString(courseId)
                + "' AND student_id = '" + UUID.fromString(studentId) + "'");
    }

    @Test
    void studentEnrollsRepeatsListsDropsAndEnrollsAgain() {
        String course = publishedCourse();

        Reply enrolled = enrollSelf(student, course);
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
        assertThat(enrolled.header("Location")).endsWith(enrollments(course) + "/" + student.userId());
        assertThat(enrolled.json().getString("status")).isEqualTo("ACTIVE");
        assertThat(enrolled.json().getString("studentId")).isEqualTo(student.userId());
        String enrollmentId = enrolled.json().getString("id");

        Reply repeated = student.postJson(enrollments(course), "{}");
        assertThat(repeated.status()).as(repeated.toString()).isEqualTo(200);
        assertThat(repeated.json().getString("id")).isEqualTo(enrollmentId);
        assertThat(enrollmentRows(course, student.userId())).isEqualTo(1);

        Reply roster = instructor.get(enrollments(course) + "?limit=10");
        assertThat(roster.status()).as(roster.toString()).isEqualTo(200);
        assertThat(roster.json().getInt("total")).isEqualTo(1);
        assertThat(roster.json().getJsonArray("items").getJsonObject(0).getString("id")).isEqualTo(enrollmentId);
        Reply own = student.get("/api/v1/me/enrollments");
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.json().getJsonArray("items").getJsonObject(0).getString("courseId")).isEqualTo(course);

        assertThat(drop(student, course, student.userId()).status()).isEqualTo(204);
        Reply afterDrop = instructor.get(enrollments(course));
        assertThat(afterDrop.json().getJsonArray("items").getJsonObject(0).getString("status")).isEqualTo("DROPPED");
        assertProblem(drop(instructor, course, student.userId()), 409, "enrollment-already-dropped");

        Reply again = enrollSelf(student, course);
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.json().getString("id")).isEqualTo(enrollmentId);
        assertThat(again.json().getString("status")).isEqualTo("ACTIVE");
        assertThat(again.json().getString("droppedAt", null)).isNull();
        assertThat(enrollmentRows(course, student.userId())).isEqualTo(1);
    }

    @Test
    void instructorAndAdminEnrollStudentsOnTheirBehalf() {
        String course = publishedCourse();
        Api other = Api.as("STUDENT");

        Reply byInstructor = instructor.postJson(enrollments(course), "{\"studentId\":\"" + student.userId() + "\"}");
        assertThat(byInstructor.status()).as(byInstructor.toString()).isEqualTo(201);
        Reply byAdmin = Api.as("ADMIN").postJson(enrollments(course), "{\"studentId\":\"" + other.userId() + "\"}");
        assertThat(byAdmin.status()).as(byAdmin.toString()).isEqualTo(201);
        assertThat(drop(instructor, course, other.userId()).status()).isEqualTo(204);
        assertThat(instructor.get(enrollments(course)).json().getInt("total")).isEqualTo(2);
    }

    @Test
    void refusedRequestsAreProblemsAndWriteNothing() {
        String published = publishedCourse();
        String draft = draftCourse();
        Api other = Api.as("STUDENT");
        long before = enrollmentRows();

        assertProblem(enrollSelf(student, UUID.randomUUID().toString()), 404, "course-not-found");
        assertProblem(enrollSelf(student, draft), 404, "course-not-found");
        assertProblem(instructor.postJson(enrollments(draft), "{\"studentId\":\"" + student.userId() + "\"}"),
                409, "course-not-published");
        assertProblem(student.postJson(enrollments(published), "{\"studentId\":\"" + other.userId() + "\"}"),
                403, "access-denied");
        assertProblem(Api.as("INSTRUCTOR").postJson(enrollments(published), "{\"studentId\":\"" + other.userId() + "\"}"),
                403, "access-denied");
        assertProblem(enrollSelf(Api.anonymous(), published), 401, "authentication-required");
        assertProblem(student.postJson(enrollments(published), "{\"studentId\":\"not-a-uuid\"}"), 400, "malformed-request");
        assertProblem(drop(student, published, student.userId()), 404, "enrollment-not-found");
        assertProblem(Api.send(student.request(enrollments(published)).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build()), 415, "unsupported-media-type");
        assertThat(enrollmentRows()).isEqualTo(before);

        assertThat(enrollSelf(student, published).status()).isEqualTo(201);
        assertProblem(drop(other, published, student.userId()), 403, "access-denied");
        assertProblem(student.get(enrollments(published)), 403, "access-denied");
        assertProblem(Api.anonymous().get("/api/v1/me/enrollments"), 401, "authentication-required");
        assertProblem(instructor.get(enrollments(published) + "?limit=500"), 422, "validation-failed");
        assertThat(enrollmentRows()).isEqualTo(before + 1);
        assertThat(instructor.get(enrollments(published)).json().getJsonArray("items").getJsonObject(0)
                .getString("status")).isEqualTo("ACTIVE");
    }

    @Test
    void countersMoveOncePerCommittedChangeAndNeverForRepeats() {
        String course = publishedCourse();
        String before = Scrapes.application();

        enrollSelf(student, course);
        enrollSelf(student, course);
        enrollSelf(student, course);
        drop(student, course, student.userId());
        drop(student, course, student.userId());
        enrollSelf(student, course);
        enrollSelf(Api.as("STUDENT"), draftCourse());
        String after = Scrapes.application();

        assertThat(Scrapes.sample(after, "lms_enrollments_created_total")
                - Scrapes.sample(before, "lms_enrollments_created_total")).isEqualTo(2.0);
        assertThat(Scrapes.sample(after, "lms_enrollments_dropped_total")
                - Scrapes.sample(before, "lms_enrollments_dropped_total")).isEqualTo(1.0);
    }

    @Test
    void fiftyParallelEnrollRequestsCreateExactlyOneEnrollment() throws Exception {
        String course = publishedCourse();
        int requests = 50;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Reply>> calls = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            calls.add(() -> {
                start.await();
                return enrollSelf(student, course);
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        List<Reply> replies = new ArrayList<>();
        try {
            List<Future<Reply>> pending = calls.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<Reply> reply : pending) {
                replies.add(reply.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(replies).allSatisfy(reply -> assertThat(reply.status()).as(reply.toString()).isIn(200, 201));
        assertThat(replies).filteredOn(reply -> reply.status() == 201).hasSize(1);
        assertThat(replies).extracting(reply -> reply.json().getString("id")).containsOnly(
                replies.get(0).json().getString("id"));
        assertThat(enrollmentRows(course, student.userId())).isEqualTo(1);
    }
}
