package org.lms.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.lms.it.support.Api;
import org.lms.it.support.Api.Reply;
import org.lms.it.support.DeployedLms;
import org.lms.it.support.Itdb;
import org.lms.it.support.Scrapes;

/**
 * The job queue on the real server. The failing job is a CERTIFICATE_ISSUANCE job for a course that
 * does not exist, written straight into the table as its producer would: every attempt fails with a
 * clear error, is retried after the back-off and finally dead-lettered. The failsafe environment
 * makes polling and back-off fast (ear/pom.xml).
 */
class JobQueueIT extends DeployedLms {

    private static final String TYPE = "CERTIFICATE_ISSUANCE";
    private static final int MAX_ATTEMPTS = 3;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Api admin = Api.as("ADMIN");

    private record Row(String state, int attempts, String lastError) {
    }

    /** The course named by the payloads of the failing jobs; never created. */
    private static final UUID MISSING_COURSE = UUID.randomUUID();
    private static final String FAILURE = "IllegalStateException: No course " + MISSING_COURSE;

    private static UUID insertJob(String runAfter) {
        return insertJob("'PENDING', 0, NULL, NULL", runAfter);
    }

    /** {@code claim} is the state, attempts, locked_by and locked_until columns as SQL. */
    private static UUID insertJob(String claim, String runAfter) {
        UUID id = UUID.randomUUID();
        try (Connection c = Itdb.connect(); PreparedStatement insert = c.prepareStatement("INSERT INTO job"
                + " (id, type, idempotency_key, payload, state, attempts, locked_by, locked_until, max_attempts,"
                + " run_after, created_at, updated_at, version) VALUES (?, ?, ?, ?, " + claim + ", ?, " + runAfter
                + ", now(), now(), 0)")) {
            insert.setObject(1, id);
            insert.setString(2, TYPE);
            insert.setString(3, MISSING_COURSE + ":" + id);
            insert.setString(4, "{\"courseId\":\"" + MISSING_COURSE + "\",\"studentId\":\"" + id + "\"}");
            insert.setInt(5, MAX_ATTEMPTS);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    private static Row row(UUID id) {
        try (Connection c = Itdb.connect();
             PreparedStatement select = c.prepareStatement("SELECT state, attempts, last_error FROM job WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet rs = select.executeQuery()) {
                assertThat(rs.next()).as("job %s stored", id).isTrue();
                return new Row(rs.getString(1), rs.getInt(2), rs.getString(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static double series(String scrape, String name, String... labels) {
        return Scrapes.series(scrape, name, labels);
    }

    private static double executions(String scrape, String outcome) {
        return series(scrape, "lms_job_executions_total", "type=\"" + TYPE + "\"", "outcome=\"" + outcome + "\"");
    }

    private static double deadLettered(String scrape) {
        return series(scrape, "lms_jobs_dead_lettered_total", "type=\"" + TYPE + "\"");
    }

    private static Reply post(Api api, String path) {
        return Api.send(api.request(path).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private static void awaitDead(UUID id) {
        await("job " + id + " dead-lettered", () -> row(id).state().equals("DEAD"));
    }

    /** Certificates of courses completed by other tests are issued on their own time; their runs must not land in our deltas. */
    private static void otherIssuancesDone() {
        await("other certificate issuances to finish", () -> Itdb.count("SELECT count(*) FROM job WHERE type = '"
                + TYPE + "' AND (state = 'RUNNING' OR (state = 'PENDING' AND run_after < now() + interval '1 minute'))")
                == 0);
    }

    @Test
    void failingJobIsRetriedWithBackOffThenDeadLetteredAndCountedExactly() {
        otherIssuancesDone();
        String before = Scrapes.application();
        UUID id = insertJob("now()");

        awaitDead(id);
        Row dead = row(id);
        assertThat(dead.attempts()).isEqualTo(MAX_ATTEMPTS);
        assertThat(dead.lastError()).isEqualTo(FAILURE);

        await("the dead letter counted", () -> deadLettered(Scrapes.application()) - deadLettered(before) >= 1);
        String after = Scrapes.application();
        assertThat(executions(after, "retried") - executions(before, "retried")).isEqualTo(MAX_ATTEMPTS - 1);
        assertThat(executions(after, "dead") - executions(before, "dead")).isEqualTo(1);
        assertThat(executions(after, "succeeded") - executions(before, "succeeded")).isZero();
        assertThat(deadLettered(after) - deadLettered(before)).isEqualTo(1);
        assertThat(series(after, "lms_job_duration_seconds_count", "type=\"" + TYPE + "\"")
                - series(before, "lms_job_duration_seconds_count", "type=\"" + TYPE + "\"")).isEqualTo(MAX_ATTEMPTS);

        long deadInTable = Itdb.count("SELECT count(*) FROM job WHERE state = 'DEAD' AND type = '" + TYPE + "'");
        await("the queue depth gauge to show the dead jobs", () -> series(Scrapes.application(),
                "lms_jobs_queue_depth", "type=\"" + TYPE + "\"", "state=\"DEAD\"") == deadInTable);
    }

    /**
     * A worker that died while running a job (another node, gone without a word) leaves the job
     * RUNNING under its lease. Nobody takes it while the lease holds; once it expires a live worker
     * claims it and runs it to its end: the job is not lost.
     */
    @Test
    void aJobWhoseWorkerDiedMidRunIsTakenAgainOnceItsLeaseExpires() throws Exception {
        UUID id = insertJob("'RUNNING', 1, 'a-node-that-died', now() + interval '3 seconds'", "now()");

        Thread.sleep(1000);
        assertThat(row(id)).as("untouched while the lease holds").isEqualTo(new Row("RUNNING", 1, null));
        awaitDead(id);
        Row finished = row(id);
        assertThat(finished.attempts()).as("the lost run counted, then the rest").isEqualTo(MAX_ATTEMPTS);
        assertThat(finished.lastError()).isEqualTo(FAILURE);
        assertThat(Itdb.count("SELECT count(*) FROM job WHERE id = '" + id + "' AND locked_by = 'a-node-that-died'"))
                .isZero();
    }

    @Test
    void adminListsDeadJobsAndRetriesOneWhichRunsAgain() {
        UUID id = insertJob("now()");
        awaitDead(id);

        Reply list = admin.get("/api/v1/admin/jobs?state=DEAD&limit=100");
        assertThat(list.status()).isEqualTo(200);
        JsonObject listed = list.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(job -> job.getString("id").equals(id.toString())).findFirst().orElseThrow();
        assertThat(listed.getString("type")).isEqualTo(TYPE);
        assertThat(listed.getString("state")).isEqualTo("DEAD");
        assertThat(listed.getInt("attempts")).isEqualTo(MAX_ATTEMPTS);
        assertThat(listed.getString("lastError")).contains(FAILURE);

        String before = Scrapes.application();
        Reply retried = post(admin, "/api/v1/admin/jobs/" + id + "/retry");
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.json().getString("state")).isEqualTo("PENDING");
        assertThat(retried.json().getInt("attempts")).isZero();

        await("the retried job to run out of attempts again", () -> {
            Row row = row(id);
            return row.state().equals("DEAD") && row.attempts() == MAX_ATTEMPTS;
        });
        await("the second dead letter counted", () -> deadLettered(Scrapes.application()) - deadLettered(before) >= 1);
        String after = Scrapes.application();
        assertThat(executions(after, "retried") - executions(before, "retried")).isEqualTo(MAX_ATTEMPTS - 1);
        assertThat(deadLettered(after) - deadLettered(before)).isEqualTo(1);
    }

    @Test
    void retryIsRefusedForJobsThatAreNotDeadOrUnknownAndForNonAdmins() {
        UUID waiting = insertJob("now() + interval '1 hour'");

        Reply notDead = post(admin, "/api/v1/admin/jobs/" + waiting + "/retry");
        assertThat(notDead.status()).isEqualTo(409);
        assertThat(notDead.header("Content-Type")).startsWith("application/problem+json");
        assertThat(notDead.json().getString("type")).isEqualTo("urn:lms:problem:job-not-dead");
        assertThat(row(waiting).state()).isEqualTo("PENDING");

        Reply unknown = post(admin, "/api/v1/admin/jobs/" + UUID.randomUUID() + "/retry");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().getString("type")).isEqualTo("urn:lms:problem:job-not-found");

        assertThat(post(Api.as("INSTRUCTOR"), "/api/v1/admin/jobs/" + waiting + "/retry").status()).isEqualTo(403);
        assertThat(post(Api.anonymous(), "/api/v1/admin/jobs/" + waiting + "/retry").status()).isEqualTo(401);
        assertThat(Api.as("STUDENT").get("/api/v1/admin/jobs?state=DEAD").status()).isEqualTo(403);
        assertThat(Api.anonymous().get("/api/v1/admin/jobs").status()).isEqualTo(401);
        assertThat(admin.get("/api/v1/admin/jobs?state=LOST").status()).isEqualTo(422);
    }
}
