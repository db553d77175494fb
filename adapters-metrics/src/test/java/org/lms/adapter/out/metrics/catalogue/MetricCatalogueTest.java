package org.lms.adapter.out.metrics.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricCatalogueTest {

    private final MetricCatalogue catalogue = MetricCatalogue.load();

    @Test
    void everyEntryHasHelpAndAKnownType() {
        assertThat(catalogue.entries()).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.help()).isNotBlank();
            assertThat(entry.unit()).isNotBlank();
            assertThat(entry.type()).isIn("counter", "gauge", "histogram");
            if (entry.type().equals("counter")) {
                assertThat(entry.name()).endsWith("_total");
            }
        });
    }

    @Test
    void uncataloguedNamesAndWrongTypesAreRefused() {
        assertThatThrownBy(() -> catalogue.entry("lms_made_up_total", "counter"))
                .hasMessageContaining("not in the catalogue");
        assertThatThrownBy(() -> catalogue.entry("lms_courses_created_total", "gauge"))
                .hasMessageContaining("catalogued as counter");
    }

    @Test
    void labelValuesMustBeAllowed() {
        MetricCatalogue.Entry http = catalogue.entry("lms_http_server_requests_seconds", "histogram");

        assertThat(http.checkLabels(Map.of("route", "/api/v1/courses/{id}", "method", "GET", "status", "2xx")))
                .containsKeys("method", "route", "status");
        assertThatThrownBy(() -> http.checkLabels(Map.of("route", "/x", "method", "BREW", "status", "2xx")))
                .hasMessageContaining("not an allowed value");
        assertThatThrownBy(() -> http.checkLabels(Map.of("route", "/x?user=alice@example.org", "method", "GET",
                "status", "2xx"))).hasMessageContaining("not an allowed value");
        assertThatThrownBy(() -> http.checkLabels(Map.of("route", "/x", "method", "GET")))
                .hasMessageContaining("takes labels");
    }

    @Test
    void aNameCataloguedTwiceIsRefused() {
        String twice = "{\"metrics\":[" + "{\"name\":\"a_total\",\"type\":\"counter\",\"unit\":\"x\",\"help\":\"h\",\"labels\":{}},".repeat(2)
                .replaceAll(",$", "") + "]}";
        assertThatThrownBy(() -> MetricCatalogue.parse(new ByteArrayInputStream(twice.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("catalogued twice");
    }

    @Test
    void everyCombinationOfListedLabelValuesIsPreRegistered() {
        MetricCatalogue.Entry executions = catalogue.entry("lms_job_executions_total", "counter");

        assertThat(executions.labelCombinations())
                .hasSize(4 * 3)
                .contains(Map.of("type", "EMAIL", "outcome", "dead"), Map.of("type", "METRICS_REFRESH", "outcome", "succeeded"))
                .doesNotHaveDuplicates()
                .allSatisfy(labels -> assertThat(executions.checkLabels(labels)).hasSize(2));
    }

    @Test
    void listedLabelValuesAreCombinedForRegistrationAtStart() {
        assertThat(catalogue.entry("lms_rate_limiter_unavailable_total", "counter").labelCombinations())
                .hasSize(6)
                .contains(Map.of("endpoint_class", "auth", "decision", "refused"),
                        Map.of("endpoint_class", "api_write", "decision", "allowed"));
        assertThat(catalogue.entry("lms_courses_created_total", "counter").labelCombinations()).containsExactly(Map.of());
        assertThat(catalogue.entry("lms_http_server_requests_seconds", "histogram").labelCombinations()).isEmpty();
    }
}
