package org.lms.adapter.out.metrics.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CataloguedMetricsTest {

    private final MetricCatalogue catalogue = MetricCatalogue.load();

    @Test
    void countersWithFixedLabelValuesArePreRegisteredForEveryCombination() {
        assertThat(catalogue.entry("lms_file_transfers_total", "counter").labelCombinations())
                .hasSize(6)
                .contains(Map.of("direction", "upload", "outcome", "rejected"),
                        Map.of("direction", "download", "outcome", "success"));
        assertThat(catalogue.entry("lms_lesson_completions_total", "counter").labelCombinations())
                .extracting(labels -> labels.get("lesson_type"))
                .containsExactlyInAnyOrder("VIDEO", "TEXT", "FILE", "QUIZ", "ASSIGNMENT");
        assertThat(catalogue.entry("lms_course_completions_total", "counter").labelCombinations())
                .containsExactly(Map.of());
    }

    @Test
    void labelsBoundedOnlyByAPatternAreNotPreRegistered() {
        assertThat(catalogue.entry("lms_http_server_requests_seconds", "histogram").labelCombinations())
                .isEmpty();
    }

    @Test
    void everyCombinationOfListedLabelValuesIsPreRegistered() {
        assertThat(catalogue.entry("lms_access_denied_total", "counter").labelCombinations()).hasSize(2 * 4)
                .contains(Map.of("status", "401", "endpoint_class", "auth"),
                        Map.of("status", "403", "endpoint_class", "other"));
    }

    @Test
    void labelLessCounterHasExactlyOneEmptyCombination() {
        assertThat(catalogue.entry("lms_courses_created_total", "counter").labelCombinations())
                .containsExactly(Map.of());
    }

    @Test
    void quizMetricsArePreRegisteredWithTheirFixedLabels() {
        assertThat(catalogue.entry("lms_quiz_attempts_submitted_total", "counter").labelCombinations())
                .containsExactlyInAnyOrder(Map.of("result", "passed", "timing", "on_time"),
                        Map.of("result", "passed", "timing", "late"), Map.of("result", "failed", "timing", "on_time"),
                        Map.of("result", "failed", "timing", "late"));
        assertThat(catalogue.entry("lms_quiz_score_percent", "histogram").labelCombinations()).containsExactly(Map.of());
        assertThat(catalogue.entry("lms_quiz_score_percent_max", "gauge").unit()).isEqualTo("percent");
    }
}
