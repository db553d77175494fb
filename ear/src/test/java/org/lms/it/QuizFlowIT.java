package org.lms.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lms.it.support.Api;
import org.lms.it.support.Api.Reply;
import org.lms.it.support.DeployedLms;
import org.lms.it.support.Eventually;
import org.lms.it.support.Itdb;
import org.lms.it.support.Scrapes;

/**
 * Quizzes end to end: an instructor authors a course with a text lesson and a required quiz lesson;
 * a student fails the quiz, passes it on a second attempt, which completes the course and earns a
 * certificate. Bad input is refused with problem+json and writes nothing; parallel starts never
 * exceed the maximum; an attempt past its deadline is refused, then closed as EXPIRED by the next read.
 */
class QuizFlowIT extends DeployedLms {

    private static final String COURSES = "/api/v1/courses";
    private static final String ATTEMPTS = "/api/v1/quiz-attempts/";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** Prompts avoid the word "correct", so that a body containing it can only be leaking answers. */
    private static final String QUESTIONS = "[{\"type\":\"SINGLE_CHOICE\",\"prompt\":\"Capital of France?\","
            + "\"options\":[\"Lyon\",\"Paris\",\"Nice\"],\"correctOptions\":[1],\"points\":2},"
            + "{\"type\":\"MULTIPLE_CHOICE\",\"prompt\":\"Which are prime?\",\"options\":[\"2\",\"4\",\"5\",\"9\"],"
            + "\"correctOptions\":[0,2]},"
            + "{\"type\":\"TRUE_FALSE\",\"prompt\":\"The sky is green.\",\"correctValue\":false},"
            + "{\"type\":\"SHORT_ANSWER\",\"prompt\":\"Chemical symbol of gold?\",\"acceptedAnswers\":[\"Au\"]}]";
    private final Api instructor = Api.as("INSTRUCTOR");
    private final Api student = Api.as("STUDENT");

    private record QuizCourse(String courseId, String textLessonId, String quizLessonId) {

        String quiz() {
            return COURSES + "/" + courseId + "/lessons/" + quizLessonId + "/quiz";
        }
    }

    private static Reply post(Api caller, String path) {
        return Api.send(caller.request(path).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private static Reply put(Api caller, String path, String json) {
        return caller.putJson(path, null, json);
    }

    private static void assertProblem(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().getString("type")).isEqualTo("urn:lms:problem:" + code);
        assertThat(reply.body()).doesNotContain("Exception", "at org.", "at java.");
    }

    private static String created(Api caller, String path, String json) {
        Reply reply = caller.postJson(path, json);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getString("id");
    }

    private static String settings(String timeLimit, int maxAttempts) {
        return "\"passMarkPercent\":60,\"timeLimitSeconds\":" + timeLimit + ",\"maxAttempts\":" + maxAttempts
                + ",\"scoringPolicy\":\"HIGHEST\",\"shuffle\":true,\"revealAnswers\":true";
    }

    /** A published course with a text lesson and a required quiz lesson whose quiz is authored; the student enrolled. */
    private QuizCourse quizCourse(String timeLimit, int maxAttempts) {
        String code = "QZ-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String courseId = created(instructor, COURSES, "{\"code\":\"" + code + "\",\"title\":\"Quizzes\"}");
        String lessons = COURSES + "/" + courseId + "/lessons";
        String text = created(instructor, lessons, "{\"title\":\"Read\",\"type\":\"TEXT\",\"text\":\"Read me\"}");
        String quizLesson = created(instructor, lessons, "{\"title\":\"Check\",\"type\":\"QUIZ\",\"quizId\":\""
                + UUID.randomUUID() + "\"}");
        QuizCourse course = new QuizCourse(courseId, text, quizLesson);
        Reply authored = put(instructor, course.quiz(), "{" + settings(timeLimit, maxAttempts) + ",\"questions\":"
                + QUESTIONS + "}");
        assertThat(authored.status()).as(authored.toString()).isEqualTo(201);
        assertThat(authored.json().getJsonArray("questions")).hasSize(4);
        assertThat(post(instructor, COURSES + "/" + courseId + "/publish").status()).isEqualTo(200);
        assertThat(post(student, COURSES + "/" + courseId + "/enrollments").status()).isEqualTo(201);
        return course;
    }

    private static Map<String, JsonObject> questionsByType(JsonObject attempt) {
        return attempt.getJsonArray("questions").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(q -> q.getString("type"), Function.identity()));
    }

    private static int optionIndex(JsonObject question, String text) {
        return question.getJsonArray("options").stream().map(JsonValue::asJsonObject)
                .filter(option -> option.getString("text").equals(text)).findFirst().orElseThrow().getInt("index");
    }

    private Reply answer(Api caller, String attemptId, String questionId, String json) {
        return put(caller, ATTEMPTS + attemptId + "/answers/" + questionId, json);
    }

    /** Answers every question, rightly or wrongly; each answer is 200. */
    private void answerAll(String attemptId, JsonObject attempt, boolean right) {
        Map<String, JsonObject> questions = questionsByType(attempt);
        JsonObject single = questions.get("SINGLE_CHOICE");
        JsonObject multiple = questions.get("MULTIPLE_CHOICE");
        List<String> answers = List.of(
                "{\"selected\":[" + optionIndex(single, right ? "Paris" : "Lyon") + "]}",
                "{\"selected\":[" + optionIndex(multiple, "2") + (right ? "," + optionIndex(multiple, "5") : "") + "]}",
                "{\"value\":" + !right + "}",
                "{\"text\":\"" + (right ? "  au " : "Ag") + "\"}");
        List<String> types = List.of("SINGLE_CHOICE", "MULTIPLE_CHOICE", "TRUE_FALSE", "SHORT_ANSWER");
        for (int i = 0; i < types.size(); i++) {
            Reply saved = answer(student, attemptId, questions.get(types.get(i)).getString("id"), answers.get(i));
            assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
            assertThat(saved.body()).doesNotContain("correct");
        }
    }

    private JsonObject start(QuizCourse course) {
        Reply started = post(student, course.quiz() + "/attempts");
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        assertThat(started.header("Location")).endsWith(ATTEMPTS + started.json().getString("id"));
        assertThat(started.body()).as("no answers before submission").doesNotContain("correct", "acceptedAnswers");
        return started.json();
    }

    private static void noIssuanceInFlight() {
        Eventually.holds(() -> Itdb.count("SELECT count(*) FROM job WHERE type = 'CERTIFICATE_ISSUANCE' AND"
                + " (state = 'RUNNING' OR (state = 'PENDING' AND run_after < now() + interval '1 minute'))") == 0,
                PATIENCE);
    }

    private JsonObject ownCertificate(String courseId) {
        Reply own = student.get("/api/v1/me/certificates");
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        return own.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(item -> item.getString("courseId").equals(courseId)).findFirst().orElse(null);
    }

    @Test
    void failingThenPassingCompletesTheLessonAndTheCourseAndEarnsAVerifiableCertificate() {
        QuizCourse course = quizCourse("600", 3);
        assertThat(post(student, COURSES + "/" + course.courseId() + "/lessons/" + course.textLessonId()
                + "/completion").status()).isEqualTo(200);
        noIssuanceInFlight();
        String before = Scrapes.application();

        Reply quiz = student.get(course.quiz());
        assertThat(quiz.status()).as(quiz.toString()).isEqualTo(200);
        assertThat(quiz.json().containsKey("questions")).isFalse();
        assertThat(quiz.json().getInt("questionCount")).isEqualTo(4);
        assertThat(quiz.json().getInt("attemptsLeft")).isEqualTo(3);
        assertThat(quiz.body()).doesNotContain("correct", "Paris");

        JsonObject first = start(course);
        assertThat(first.getString("status")).isEqualTo("IN_PROGRESS");
        assertThat(first.getInt("graceSeconds")).isEqualTo(30);
        assertThat(Duration.between(Instant.parse(first.getString("startedAt")), Instant.parse(first.getString("dueAt"))))
                .isEqualTo(Duration.ofSeconds(600));
        String firstId = first.getString("id");
        answerAll(firstId, first, false);
        Reply reread = student.get(ATTEMPTS + firstId);
        assertThat(reread.json().getJsonArray("questions").stream().map(q -> q.asJsonObject().getString("id")).toList())
                .as("the same order on every read").isEqualTo(first.getJsonArray("questions").stream()
                        .map(q -> q.asJsonObject().getString("id")).toList());
        Reply failed = post(student, ATTEMPTS + firstId + "/submission");
        assertThat(failed.status()).as(failed.toString()).isEqualTo(200);
        assertThat(failed.json().getString("status")).isEqualTo("SUBMITTED");
        assertThat(failed.json().getBoolean("passed")).isFalse();
        assertThat(failed.json().getJsonNumber("scorePercent").doubleValue()).isEqualTo(0.0);
        assertThat(failed.json().getInt("pointsTotal")).isEqualTo(5);
        JsonObject revealed = questionsByType(failed.json()).get("SINGLE_CHOICE");
        assertThat(revealed.getBoolean("correct")).isFalse();
        assertThat(revealed.getJsonArray("correctOptions").getInt(0)).isEqualTo(1);
        Reply progress = student.get(COURSES + "/" + course.courseId() + "/progress/" + student.userId());
        assertThat(progress.json().containsKey("completedAt")).isFalse();

        JsonObject second = start(course);
        assertThat(second.getInt("number")).isEqualTo(2);
        answerAll(second.getString("id"), second, true);
        Reply passed = post(student, ATTEMPTS + second.getString("id") + "/submission");
        assertThat(passed.status()).as(passed.toString()).isEqualTo(200);
        assertThat(passed.json().getBoolean("passed")).isTrue();
        assertThat(passed.json().getJsonNumber("scorePercent").doubleValue()).isEqualTo(100.0);
        assertThat(passed.json().getInt("pointsEarned")).isEqualTo(5);

        Reply completed = student.get(COURSES + "/" + course.courseId() + "/progress/" + student.userId());
        assertThat(completed.json().getString("completedAt")).isNotBlank();
        assertThat(Itdb.count("SELECT count(*) FROM lesson_completion WHERE lesson_id = '" + course.quizLessonId()
                + "' AND student_id = '" + student.userId() + "'")).isEqualTo(1);
        Eventually.holds(() -> ownCertificate(course.courseId()) != null, PATIENCE);
        String code = ownCertificate(course.courseId()).getString("code");
        Reply verified = Api.anonymous().get("/api/v1/certificates/verify/" + code);
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.json().getString("status")).isEqualTo("VALID");

        JsonObject summary = student.get(course.quiz()).json();
        assertThat(summary.getJsonObject("result").getString("id")).isEqualTo(second.getString("id"));
        assertThat(summary.getInt("attemptsLeft")).isEqualTo(1);
        assertThat(summary.getJsonArray("attempts")).hasSize(2);
        Reply listed = instructor.get(course.quiz() + "/attempts");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.json().getJsonNumber("total").longValue()).isEqualTo(2);
        Reply reviewed = instructor.get(ATTEMPTS + firstId);
        assertThat(reviewed.status()).isEqualTo(200);
        assertThat(reviewed.body()).contains("correctOptions");
        assertThat(Itdb.count("SELECT attempts * 1000000 + submitted * 10000 + passed * 100 + expired"
                + " FROM report_quiz_performance WHERE lesson_id = '" + course.quizLessonId() + "'"))
                .isEqualTo(2_02_01_00L);

        String after = Scrapes.application();
        assertThat(Scrapes.delta(before, after, "lms_quiz_attempts_started_total")).isEqualTo(2.0);
        assertThat(Scrapes.delta(before, after, "lms_quiz_attempts_submitted_total", "result=\"failed\"", "timing=\"on_time\""))
                .isEqualTo(1.0);
        assertThat(Scrapes.delta(before, after, "lms_quiz_attempts_submitted_total", "result=\"passed\"", "timing=\"on_time\""))
                .isEqualTo(1.0);
        assertThat(Scrapes.delta(before, after, "lms_quiz_attempts_submitted_total", "timing=\"late\"")).isZero();
        assertThat(Scrapes.delta(before, after, "lms_quiz_score_percent_count")).isEqualTo(2.0);
        assertThat(Scrapes.delta(before, after, "lms_quiz_score_percent_sum")).isEqualTo(100.0);
        assertThat(Scrapes.delta(before, after, "lms_quiz_score_percent_bucket", "le=\"10.0\"")).isEqualTo(1.0);
        assertThat(Scrapes.delta(before, after, "lms_quiz_attempt_duration_seconds_count")).isEqualTo(2.0);
        assertThat(Scrapes.delta(before, after, "lms_lesson_completions_total", "lesson_type=\"QUIZ\"")).isEqualTo(1.0);
        assertThat(Scrapes.delta(before, after, "lms_course_completions_total")).isEqualTo(1.0);
    }

    @Test
    void badInputIsRefusedWithProblemsAndWritesNothing() {
        QuizCourse course = quizCourse("600", 3);
        QuizCourse other = quizCourse("600", 3);
        JsonObject attempt = start(course);
        String id = attempt.getString("id");
        JsonObject single = questionsByType(attempt).get("SINGLE_CHOICE");
        String singleId = single.getString("id");
        String foreignQuestion = questionsByType(start(other)).get("SINGLE_CHOICE").getString("id");
        String before = Scrapes.application();
        String answers = "SELECT count(*) FROM quiz_attempt_answer WHERE attempt_id = '" + id + "'";

        assertProblem(answer(student, id, UUID.randomUUID().toString(), "{\"selected\":[0]}"), 404,
                "quiz-question-not-found");
        assertProblem(answer(student, id, foreignQuestion, "{\"selected\":[0]}"), 404, "quiz-question-not-found");
        assertProblem(answer(student, id, singleId, "{\"text\":\"Paris\"}"), 422, "validation-failed");
        assertProblem(answer(student, id, singleId, "{\"selected\":[0,1]}"), 422, "validation-failed");
        assertProblem(answer(student, id, singleId, "{\"selected\":[7]}"), 422, "validation-failed");
        assertProblem(answer(student, id, singleId, "{\"selected\":[0],\"value\":true}"), 422, "validation-failed");
        Reply forged = answer(student, id, singleId, "{\"selected\":[1],\"score\":100,\"correct\":true}");
        assertProblem(forged, 422, "validation-failed");
        assertThat(forged.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("score");
        assertProblem(answer(student, id, singleId, "{\"selected\":\"one\"}"), 400, "malformed-request");
        assertProblem(answer(student, id, singleId, "{\"selected\":[1]"), 400, "malformed-request");
        assertProblem(answer(student, "not-an-id", singleId, "{\"selected\":[1]}"), 404, "not-found");
        assertProblem(answer(student, id, "not-an-id", "{\"selected\":[1]}"), 404, "not-found");
        assertProblem(answer(Api.as("STUDENT"), id, singleId, "{\"selected\":[1]}"), 404, "quiz-attempt-not-found");
        assertProblem(answer(instructor, id, singleId, "{\"selected\":[1]}"), 403, "access-denied");
        assertProblem(post(Api.as("STUDENT"), ATTEMPTS + id + "/submission"), 404, "quiz-attempt-not-found");
        assertProblem(student.get(ATTEMPTS + UUID.randomUUID()), 404, "quiz-attempt-not-found");
        assertProblem(post(Api.as("STUDENT"), course.quiz() + "/attempts"), 403, "access-denied");
        assertThat(Itdb.count(answers)).isZero();
        assertThat(Itdb.count("SELECT count(*) FROM quiz_attempt WHERE id = '" + id + "' AND status = 'IN_PROGRESS'"))
                .isEqualTo(1);

        assertThat(answer(student, id, singleId, "{\"selected\":[" + optionIndex(single, "Paris") + "]}").status())
                .isEqualTo(200);
        assertThat(post(student, ATTEMPTS + id + "/submission").status()).isEqualTo(200);
        assertProblem(post(student, ATTEMPTS + id + "/submission"), 409, "quiz-attempt-already-submitted");
        assertProblem(answer(student, id, singleId, "{\"selected\":[0]}"), 409, "quiz-attempt-already-submitted");
        assertThat(Itdb.count(answers)).isEqualTo(1);
        assertThat(Itdb.count("SELECT count(*) FROM quiz_attempt_answer a JOIN quiz_question_option o"
                + " ON o.question_id = a.question_id AND a.selected_options = CAST(o.position AS VARCHAR)"
                + " WHERE a.attempt_id = '" + id + "' AND o.text = 'Paris'")).as("the first answer kept").isEqualTo(1);

        String questions = "SELECT count(*) FROM quiz_question q JOIN quiz z ON z.id = q.quiz_id WHERE z.lesson_id = '"
                + course.quizLessonId() + "'";
        assertProblem(put(instructor, course.quiz(), "{" + settings("null", 3) + ",\"questions\":[{\"type\":"
                + "\"TRUE_FALSE\",\"prompt\":\"New?\",\"correctValue\":true}]}"), 409, "quiz-has-attempts");
        assertThat(Itdb.count(questions)).isEqualTo(4);
        String fresh = created(instructor, COURSES + "/" + course.courseId() + "/lessons",
                "{\"title\":\"Later\",\"type\":\"QUIZ\",\"quizId\":\"" + UUID.randomUUID() + "\"}");
        String freshQuiz = COURSES + "/" + course.courseId() + "/lessons/" + fresh + "/quiz";
        Reply nested = put(instructor, freshQuiz, "{" + settings("null", 3) + ",\"questions\":[{\"type\":"
                + "\"TRUE_FALSE\",\"prompt\":\"New?\",\"correctValue\":true,\"score\":1}]}");
        assertProblem(nested, 422, "validation-failed");
        assertThat(nested.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("questions[0].score");
        assertProblem(put(instructor, freshQuiz, "{" + settings("30", 3) + ",\"questions\":" + QUESTIONS + "}"), 422,
                "validation-failed");
        assertProblem(put(instructor, freshQuiz, "{" + settings("null", 3) + ",\"questions\":[{\"type\":"
                + "\"SINGLE_CHOICE\",\"prompt\":\"Two?\",\"options\":[\"a\",\"b\"],\"correctOptions\":[0,1]}]}"), 422,
                "validation-failed");
        assertProblem(put(Api.as("INSTRUCTOR"), freshQuiz, "{" + settings("null", 3) + ",\"questions\":" + QUESTIONS
                + "}"), 403, "access-denied");
        assertProblem(put(instructor, COURSES + "/" + course.courseId() + "/lessons/" + course.textLessonId() + "/quiz",
                "{" + settings("null", 3) + ",\"questions\":" + QUESTIONS + "}"), 409, "lesson-not-a-quiz");
        assertProblem(student.get(freshQuiz), 404, "quiz-not-found");
        assertThat(Itdb.count("SELECT count(*) FROM quiz WHERE lesson_id IN ('" + fresh + "', '"
                + course.textLessonId() + "')")).isZero();

        String after = Scrapes.application();
        assertThat(Scrapes.delta(before, after, "lms_quiz_attempts_submitted_total")).isEqualTo(1.0);
        assertThat(Scrapes.delta(before, after, "lms_quiz_attempts_started_total")).isZero();
    }

    @Test
    void parallelStartsNeverExceedTheMaximumNumberOfAttempts() throws Exception {
        QuizCourse course = quizCourse("null", 3);
        int parallel = 20;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<CompletableFuture<Reply>> starts = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                starts.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return post(student, course.quiz() + "/attempts");
                }, pool));
            }
            go.countDown();
            List<Reply> replies = starts.stream().map(CompletableFuture::join).toList();
            Map<Integer, Long> statuses = replies.stream()
                    .collect(Collectors.groupingBy(Reply::status, Collectors.counting()));
            assertThat(statuses).as(statuses.toString()).containsOnlyKeys(201, 409)
                    .containsEntry(201, 3L).containsEntry(409, 17L);
            replies.stream().filter(reply -> reply.status() == 409)
                    .forEach(reply -> assertProblem(reply, 409, "quiz-attempts-exhausted"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(Itdb.count("SELECT count(*) FROM quiz_attempt a JOIN quiz q ON q.id = a.quiz_id WHERE q.lesson_id = '"
                + course.quizLessonId() + "'")).isEqualTo(3);
        assertThat(Itdb.count("SELECT sum(attempt_number) FROM quiz_attempt a JOIN quiz q ON q.id = a.quiz_id"
                + " WHERE q.lesson_id = '" + course.quizLessonId() + "'")).as("numbers 1, 2 and 3").isEqualTo(6);
    }

    /**
     * A test cannot wait out a time limit (one minute at least), so the attempt's start and deadline are
     * moved ten minutes into the past in the database, which is what the server sees when the student is late.
     */
    @Test
    void anAttemptPastItsDeadlineIsRefusedThenClosedAsExpiredByTheNextReadAndStillCompletesTheLesson() {
        QuizCourse course = quizCourse("60", 2);
        JsonObject attempt = start(course);
        String id = attempt.getString("id");
        answerAll(id, attempt, true);
        JsonObject single = questionsByType(attempt).get("SINGLE_CHOICE");
        assertThat(Itdb.execute("UPDATE quiz_attempt SET started_at = started_at - interval '10 minutes',"
                + " due_at = due_at - interval '10 minutes' WHERE id = '" + id + "'")).isEqualTo(1);
        String before = Scrapes.application();

        assertProblem(answer(student, id, single.getString("id"), "{\"selected\":[0]}"), 409, "quiz-attempt-expired");
        assertProblem(post(student, ATTEMPTS + id + "/submission"), 409, "quiz-attempt-expired");
        assertThat(Itdb.count("SELECT count(*) FROM quiz_attempt WHERE id = '" + id + "' AND status = 'IN_PROGRESS'"))
                .as("a refused request writes nothing").isEqualTo(1);

        Reply read = student.get(ATTEMPTS + id);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().getString("status")).isEqualTo("EXPIRED");
        assertThat(Instant.parse(read.json().getString("closedAt")))
                .isEqualTo(Instant.parse(read.json().getString("dueAt")).plusSeconds(30));
        assertThat(read.json().getBoolean("passed")).as("graded by the answers saved in time").isTrue();
        assertThat(student.get(ATTEMPTS + id).json().getString("status")).isEqualTo("EXPIRED");
        Reply progress = student.get(COURSES + "/" + course.courseId() + "/progress/" + student.userId());
        assertThat(progress.json().getJsonNumber("completedLessons").longValue()).isEqualTo(1);

        String after = Scrapes.application();
        assertThat(Scrapes.delta(before, after, "lms_quiz_attempts_submitted_total", "result=\"passed\"", "timing=\"late\""))
                .as("counted once, however often it is read").isEqualTo(1.0);
        assertThat(Scrapes.delta(before, after, "lms_quiz_attempts_submitted_total", "timing=\"on_time\"")).isZero();
        assertThat(Scrapes.delta(before, after, "lms_quiz_attempt_duration_seconds_sum")).isEqualTo(90.0);
    }

    /**
     * A student fails both allowed attempts: the second awaits review, in the course's queue, the
     * instructor's workload and the platform gauge. The instructor grants one more attempt; the queue
     * empties and the student may start a third. Wrong reviewers and bad reviews are refused.
     */
    @Test
    void aFailedLastAttemptAwaitsReviewUntilTheInstructorGrantsAnotherAttempt() {
        QuizCourse course = quizCourse("null", 2);
        String reviews = COURSES + "/" + course.courseId() + "/quiz-reviews";
        String workload = "/api/v1/instructors/" + instructor.userId() + "/workload";
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            JsonObject attempt = start(course);
            answerAll(attempt.getString("id"), attempt, false);
            assertThat(post(student, ATTEMPTS + attempt.getString("id") + "/submission").status()).isEqualTo(200);
            failed.add(attempt.getString("id"));
        }
        assertProblem(post(student, course.quiz() + "/attempts"), 409, "quiz-attempts-exhausted");

        JsonArray queue = instructor.get(reviews).json().getJsonArray("items");
        assertThat(queue).hasSize(1);
        assertThat(queue.getJsonObject(0).getString("id")).isEqualTo(failed.get(1));
        assertThat(queue.getJsonObject(0).getInt("number")).isEqualTo(2);
        Reply waiting = instructor.get(workload);
        assertThat(waiting.json().getJsonNumber("quizAttemptsToReview").longValue()).isEqualTo(1);
        assertThat(waiting.json().getJsonNumber("oldestQuizAttemptAgeSeconds").longValue()).isBetween(0L, 600L);
        Eventually.holds(() -> Scrapes.sample(Scrapes.application(), "lms_instructor_quiz_attempts_awaiting_review")
                >= 1, PATIENCE);

        String review = ATTEMPTS + failed.get(1) + "/review";
        assertProblem(Api.as("INSTRUCTOR").postJson(review, "{\"extraAttempts\":1}"), 404, "quiz-attempt-not-found");
        assertProblem(student.postJson(review, "{\"extraAttempts\":1}"), 403, "access-denied");
        assertProblem(instructor.postJson(ATTEMPTS + failed.get(0) + "/review", "{\"extraAttempts\":1}"), 409,
                "quiz-attempt-not-reviewable");
        assertProblem(instructor.postJson(review, "{\"extraAttempts\":11}"), 422, "validation-failed");
        assertProblem(instructor.postJson(review, "{}"), 422, "validation-failed");
        assertProblem(instructor.postJson(review, "{\"extraAttempts\":1,\"attemptsLeft\":5}"), 422,
                "validation-failed");
        assertThat(Itdb.count("SELECT count(*) FROM quiz_attempt WHERE reviewed_at IS NOT NULL AND quiz_id ="
                + " (SELECT quiz_id FROM quiz_attempt WHERE id = '" + failed.get(1) + "')"))
                .as("a refused review writes nothing").isZero();

        Reply reviewed = instructor.postJson(review, "{\"extraAttempts\":1,\"note\":\"Reread the first lesson.\"}");
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
        JsonObject given = reviewed.json().getJsonObject("review");
        assertThat(given.getInt("extraAttempts")).isEqualTo(1);
        assertThat(given.getString("note")).isEqualTo("Reread the first lesson.");
        assertThat(given.getString("reviewerId")).isEqualTo(instructor.userId());
        assertProblem(instructor.postJson(review, "{\"extraAttempts\":1}"), 409, "quiz-attempt-already-reviewed");

        assertThat(instructor.get(reviews).json().getJsonArray("items")).isEmpty();
        assertThat(instructor.get(workload).json().getJsonNumber("quizAttemptsToReview").longValue()).isZero();
        Reply quiz = student.get(course.quiz());
        assertThat(quiz.json().getInt("attemptsLeft")).isEqualTo(1);
        assertThat(student.get(ATTEMPTS + failed.get(1)).json().getJsonObject("review").getString("note"))
                .as("the student reads the note").isEqualTo("Reread the first lesson.");
        JsonObject third = start(course);
        assertThat(third.getInt("number")).isEqualTo(3);
        answerAll(third.getString("id"), third, true);
        assertThat(post(student, ATTEMPTS + third.getString("id") + "/submission").json().getBoolean("passed")).isTrue();
        assertThat(instructor.get(reviews).json().getJsonArray("items")).as("a passed quiz awaits nothing").isEmpty();
    }
}
