package org.lms.adapter.out.metrics.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CataloguedMetricsTest {

    private final MetricCatalogue catalogue = MetricCatalogue.load();

    @Test
    void countersWithFixedLabelValuesArePreRegisteredForEveryCombination() {
        assertThat(CataloguedMetrics.combinations(catalogue.entry("lms_file_transfers_total", "counter").labels()))
                .hasSize(6)
                .contains(Map.of("direction", "upload", "outcome", "rejected"),
                        Map.of("direction", "download", "outcome", "success"));
        assertThat(CataloguedMetrics.combinations(catalogue.entry("lms_lesson_completions_total", "counter").labels()))
                .extracting(labels -> labels.get("lesson_type"))
                .containsExactlyInAnyOrder("VIDEO", "TEXT", "FILE", "QUIZ", "ASSIGNMENT");
        assertThat(CataloguedMetrics.combinations(catalogue.entry("lms_course_completions_total", "counter").labels()))
                .containsExactly(Map.of());
    }

    @Test
    void labelsBoundedOnlyByAPatternAreNotPreRegistered() {
        assertThat(CataloguedMetrics.combinations(catalogue.entry("lms_http_server_requests_seconds", "histogram").labels()))
                .isEmpty();
    }
}
