package org.lms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lms.it.support.Api;
import org.lms.it.support.Api.Reply;
import org.lms.it.support.DeployedLms;
import org.lms.it.support.Itdb;

/** The course slice end to end: REST, use cases, JPA on PostgreSQL, problem+json for every refusal. */
class CourseApiIT extends DeployedLms {

    private static final String COURSES = "/api/v1/courses";
    private final Api instructor = Api.as("INSTRUCTOR");

    private static String uniqueCode() {
        return "C-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static String courseJson(String code, String title) {
        return "{\"code\":\"" + code + "\",\"title\":\"" + title + "\",\"description\":\"About it\"}";
    }

    private Reply create(Api caller, String code) {
        return caller.postJson(COURSES, courseJson(code, "Intro"));
    }

    private static void assertProblem(Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().getInt("status")).isEqualTo(status);
        assertThat(reply.json().getString("type")).startsWith("urn:lms:problem:");
        assertThat(reply.body()).doesNotContain("Exception", "at org.", "at java.");
    }

    private static long courseRows() {
        return Itdb.count("SELECT count(*) FROM course");
    }

    @Test
    void instructorCreatesUpdatesAndPublishesACourse() {
        String code = uniqueCode();
        Reply created = create(instructor, code);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        String id = created.json().getString("id");
        assertThat(created.header("Location")).endsWith(COURSES + "/" + id);
        assertThat(created.json().getString("status")).isEqualTo("DRAFT");
        assertThat(created.json().getString("instructorId")).isEqualTo(instructor.userId());

        Reply updated = instructor.putJson(COURSES + "/" + id, "\"0\"", "{\"title\":\"Intro, revised\",\"description\":\"\"}");
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.header("ETag")).isEqualTo("\"1\"");
        assertThat(updated.json().getString("title")).isEqualTo("Intro, revised");

        Reply published = Api.send(instructor.request(COURSES + "/" + id + "/publish")
                .header("If-Match", "\"1\"").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().getString("status")).isEqualTo("PUBLISHED");
        assertThat(published.json().getString("publishedAt")).isNotBlank();

        Reply seenByAnyone = Api.anonymous().get(COURSES + "/" + id);
        assertThat(seenByAnyone.status()).isEqualTo(200);
        assertThat(seenByAnyone.header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void staleOrMissingIfMatchIsRefusedAndTheFirstChangeSurvives() {
        String id = create(instructor, uniqueCode()).json().getString("id");
        assertThat(instructor.putJson(COURSES + "/" + id, "\"0\"", "{\"title\":\"First\"}").status()).isEqualTo(200);

        assertProblem(instructor.putJson(COURSES + "/" + id, "\"0\"", "{\"title\":\"Lost update\"}"), 409);
        assertProblem(instructor.putJson(COURSES + "/" + id, null, "{\"title\":\"No precondition\"}"), 428);
        assertProblem(instructor.putJson(COURSES + "/" + id, "W/\"x\"", "{\"title\":\"Bad tag\"}"), 422);
        assertThat(instructor.get(COURSES + "/" + id).json().getString("title")).isEqualTo("First");
    }

    @Test
    void publishingTwiceIsAConflict() {
        String id = create(instructor, uniqueCode()).json().getString("id");
        HttpRequest publish = instructor.request(COURSES + "/" + id + "/publish").POST(HttpRequest.BodyPublishers.noBody()).build();
        assertThat(Api.send(publish).status()).isEqualTo(200);
        assertProblem(Api.send(publish), 409);
    }

    @Test
    void duplicateCodeIsAConflictAndWritesNothing() {
        String code = uniqueCode();
        assertThat(create(instructor, code).status()).isEqualTo(201);
        long before = courseRows();

        assertProblem(create(Api.as("INSTRUCTOR"), code.toLowerCase()), 409);
        assertThat(courseRows()).isEqualTo(before);
    }

    @Test
    void callersWithoutTheRightRoleAreRefused() {
        long before = courseRows();
        Reply anonymous = create(Api.anonymous(), uniqueCode());
        assertProblem(anonymous, 401);
        assertThat(anonymous.header("WWW-Authenticate")).isNotNull();
        assertProblem(create(Api.as("STUDENT"), uniqueCode()), 403);

        String id = create(instructor, uniqueCode()).json().getString("id");
        assertProblem(Api.as("INSTRUCTOR").putJson(COURSES + "/" + id, "\"0\"", "{\"title\":\"Hijack\"}"), 404);
        assertProblem(Api.as("STUDENT").get(COURSES + "/" + id), 404);
        assertThat(Api.as("ADMIN").putJson(COURSES + "/" + id, "\"0\"", "{\"title\":\"By admin\"}").status()).isEqualTo(200);
        assertThat(courseRows()).isEqualTo(before + 1);
    }

    @Test
    void badInputGetsAClearProblemAndWritesNothing() {
        long before = courseRows();
        assertProblem(instructor.postJson(COURSES, "{\"code\": \"X1\", \"title\": "), 400);
        assertProblem(instructor.postJson(COURSES, "{\"code\": 12, \"title\": [1]}"), 400);
        assertProblem(instructor.postJson(COURSES, "[]"), 400);
        assertProblem(instructor.postJson(COURSES, ""), 400);

        Reply missing = instructor.postJson(COURSES, "{\"description\":\"no code, no title\"}");
        assertProblem(missing, 422);
        assertThat(missing.json().getJsonArray("errors").toString()).contains("\"code\"", "\"title\"");

        Reply misspelt = instructor.postJson(COURSES, "{\"code\":\"" + uniqueCode() + "\",\"title\":\"T\",\"descripton\":\"typo\"}");
        assertProblem(misspelt, 422);
        assertThat(misspelt.json().getJsonArray("errors").toString()).as("names the unknown field").contains("descripton");
        assertProblem(instructor.postJson(COURSES, courseJson("BAD CODE!", "T")), 422);
        assertProblem(instructor.postJson(COURSES, courseJson(uniqueCode(), "x".repeat(201))), 422);
        assertProblem(instructor.postJson(COURSES, courseJson(uniqueCode(), "line\\nbreak")), 422);

        String huge = "{\"code\":\"BIG-1\",\"title\":\"T\",\"description\":\"" + "x".repeat(70_000) + "\"}";
        assertProblem(instructor.postJson(COURSES, huge), 413);

        assertProblem(Api.send(instructor.request(COURSES).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(courseJson(uniqueCode(), "T"))).build()), 415);
        assertThat(courseRows()).isEqualTo(before);
    }

    @Test
    void unknownCoursesRoutesAndMethodsAreProblems() {
        assertProblem(instructor.get(COURSES + "/" + UUID.randomUUID()), 404);
        assertProblem(instructor.get(COURSES + "/not-a-uuid"), 404);
        assertProblem(instructor.get("/api/v1/nothing-here"), 404);
        Reply wrongMethod = Api.send(instructor.request(COURSES).DELETE().build());
        assertProblem(wrongMethod, 405);
    }

    @Test
    void listPagesAndBoundsItsParameters() {
        for (int i = 0; i < 3; i++) {
            create(instructor, uniqueCode());
        }
        Reply page = instructor.get(COURSES + "?status=DRAFT&limit=2&offset=0");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().getJsonArray("items")).hasSize(2);
        assertThat(page.json().getInt("total")).isGreaterThanOrEqualTo(3);
        assertThat(page.json().getInt("limit")).isEqualTo(2);

        Reply student = Api.as("STUDENT").get(COURSES + "?status=DRAFT");
        assertThat(student.json().getInt("total")).isZero();

        assertProblem(instructor.get(COURSES + "?limit=101"), 422);
        assertProblem(instructor.get(COURSES + "?limit=0"), 422);
        assertProblem(instructor.get(COURSES + "?limit=abc"), 422);
        assertProblem(instructor.get(COURSES + "?offset=-1"), 422);
        assertProblem(instructor.get(COURSES + "?status=ARCHIVED"), 422);
    }

    @Test
    void responsesCarryARequestId() {
        Reply reply = Api.send(instructor.request(COURSES).header("X-Request-Id", "it-request-12345").GET().build());
        assertThat(reply.header("X-Request-Id")).isEqualTo("it-request-12345");
        Reply problem = instructor.get(COURSES + "/" + UUID.randomUUID());
        assertThat(problem.json().getString("requestId")).isEqualTo(problem.header("X-Request-Id"));
    }
}
