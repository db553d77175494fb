package org.lms.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lms.it.support.Api;
import org.lms.it.support.Api.Reply;
import org.lms.it.support.DeployedLms;
import org.lms.it.support.Scrapes;

/** The metrics contract: what /metrics exports, that it matches the catalogue, and that promtool accepts it. */
class MetricsIT extends DeployedLms {

    private static final Pattern TYPE_LINE = Pattern.compile("^# TYPE (\\S+) (\\S+)$", Pattern.MULTILINE);

    private static String appScrape() {
        return Scrapes.application();
    }

    private static double sample(String scrape, String series) {
        return Scrapes.sample(scrape, series);
    }

    private static double series(String scrape, String name, String... labels) {
        return Scrapes.series(scrape, name, labels);
    }

    private static void driveTraffic() {
        Api instructor = Api.as("INSTRUCTOR");
        Reply created = instructor.postJson("/api/v1/courses",
                "{\"code\":\"M-" + UUID.randomUUID().toString().substring(0, 8) + "\",\"title\":\"Metrics\"}");
        String id = created.json().getString("id");
        instructor.putJson("/api/v1/courses/" + id, "\"0\"", "{\"title\":\"Metrics 2\"}");
        Api.send(instructor.request("/api/v1/courses/" + id + "/publish")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        Api.anonymous().get("/api/v1/courses/" + UUID.randomUUID());
        Api.anonymous().get("/no/such/route");
    }

    @Test
    void requestsAreTimedAsHistogramsByRouteTemplateMethodAndStatusClass() {
        driveTraffic();
        String scrape = appScrape();

        assertThat(scrape).contains("# TYPE lms_http_server_requests_seconds histogram");
        assertThat(series(scrape, "lms_http_server_requests_seconds_bucket",
                "le=\"2.5\"", "method=\"GET\"", "route=\"/api/v1/courses/{id}\"", "status=\"4xx\"")).isPositive();
        assertThat(series(scrape, "lms_http_server_requests_seconds_count", "route=\"UNMATCHED\"", "status=\"4xx\"")).isPositive();
        assertThat(series(scrape, "lms_http_server_requests_seconds_sum", "route=\"/api/v1/courses/{id}/publish\"")).isPositive();
        assertThat(scrape).doesNotContainPattern("route=\"/api/v1/courses/[0-9a-f]{8}-");
        assertThat(scrape).doesNotContain("quantile=");
    }

    @Test
    void courseCountersMoveByExactlyOnePerCommittedChange() {
        String before = appScrape();
        Api instructor = Api.as("INSTRUCTOR");
        String code = "K-" + UUID.randomUUID().toString().substring(0, 8);
        String id = instructor.postJson("/api/v1/courses", "{\"code\":\"" + code + "\",\"title\":\"Counted\"}")
                .json().getString("id");
        instructor.postJson("/api/v1/courses", "{\"code\":\"" + code + "\",\"title\":\"Refused duplicate\"}");
        instructor.putJson("/api/v1/courses/" + id, "\"0\"", "{\"title\":\"Counted 2\"}");
        instructor.putJson("/api/v1/courses/" + id, "\"0\"", "{\"title\":\"Stale, refused\"}");
        String after = appScrape();

        assertThat(sample(after, "lms_courses_created_total") - sample(before, "lms_courses_created_total")).isEqualTo(1.0);
        assertThat(sample(after, "lms_courses_updated_total") - sample(before, "lms_courses_updated_total")).isEqualTo(1.0);
        assertThat(sample(after, "lms_courses_published_total") - sample(before, "lms_courses_published_total")).isZero();
    }

    @Test
    void securityCountersMoveWithLoginsAndDenialsAndCarryNoPersonalData() {
        String before = appScrape();
        Api student = Api.as("STUDENT");
        student.postJson("/api/v1/auth/login", "{\"email\":\"" + student.email() + "\",\"password\":\"Wrong-Password-1\"}");
        Api.anonymous().postJson("/api/v1/courses", "{\"code\":\"D-1\",\"title\":\"Denied\"}");
        student.postJson("/api/v1/courses", "{\"code\":\"D-2\",\"title\":\"Denied\"}");
        String after = appScrape();

        String[] failedPassword = {"method=\"password\"", "outcome=\"failure\""};
        assertThat(series(after, "lms_auth_attempts_total", failedPassword)
                - series(before, "lms_auth_attempts_total", failedPassword)).isEqualTo(1.0);
        assertThat(series(after, "lms_access_denied_total", "status=\"401\"", "endpoint_class=\"courses\"")
                - series(before, "lms_access_denied_total", "status=\"401\"", "endpoint_class=\"courses\"")).isEqualTo(1.0);
        assertThat(series(after, "lms_access_denied_total", "status=\"403\"", "endpoint_class=\"courses\"")
                - series(before, "lms_access_denied_total", "status=\"403\"", "endpoint_class=\"courses\"")).isEqualTo(1.0);
        assertThat(series(after, "lms_email_verifications_total", "stage=\"completed\"")).isPositive();
        assertThat(after).doesNotContain(student.email(), student.userId(), "@lms.example.org");
    }

    @Test
    void everyExportedMetricIsCataloguedAndEveryCataloguedMetricIsExported() throws Exception {
        driveTraffic();
        Set<String> exported = new TreeSet<>();
        Matcher types = TYPE_LINE.matcher(appScrape());
        while (types.find()) {
            String name = types.group(1);
            exported.add(types.group(2).equals("counter") && !name.endsWith("_total") ? name + "_total" : name);
        }
        Map<String, String> catalogued = catalogue();

        assertThat(exported).as("exported but not catalogued").isSubsetOf(catalogued.keySet());
        assertThat(catalogued.keySet()).as("catalogued but not exported").isSubsetOf(exported);
        assertThat(appScrape()).doesNotContainPattern("(?m)^# TYPE base_");
    }

    @Test
    void promtoolAcceptsTheApplicationScrapeAndParsesTheServerScrape() throws Exception {
        driveTraffic();
        PromtoolResult app = promtoolCheckMetrics(appScrape());
        assertThat(app.exitCode()).as(app.output()).isZero();

        Reply server = Api.anonymous().get(Api.MANAGEMENT + "/metrics");
        assertThat(server.status()).isEqualTo(200);
        assertThat(server.body()).contains("datasources_pool_", "name=\"LmsDS\"", "jvm_", "undertow_");
        PromtoolResult serverCheck = promtoolCheckMetrics(server.body());
        assertThat(serverCheck.output()).as("server scrape must parse").doesNotContain("parsing error", "error while linting");
    }

    private record PromtoolResult(int exitCode, String output) {
    }

    private static PromtoolResult promtoolCheckMetrics(String exposition) throws Exception {
        Path file = Files.createTempFile("scrape", ".prom");
        Files.writeString(file, exposition);
        Process process = new ProcessBuilder("promtool", "check", "metrics")
                .redirectInput(file.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new PromtoolResult(process.exitValue(), output);
    }

    private static Map<String, String> catalogue() throws Exception {
        try (InputStream in = MetricsIT.class.getClassLoader().getResourceAsStream("META-INF/lms/metric-catalogue.json")) {
            JsonObject root = Json.createReader(in).readObject();
            return root.getJsonArray("metrics").stream().map(v -> v.asJsonObject())
                    .collect(Collectors.toMap(m -> m.getString("name"), m -> m.getString("type"), (a, b) -> a, TreeMap::new));
        }
    }
}
