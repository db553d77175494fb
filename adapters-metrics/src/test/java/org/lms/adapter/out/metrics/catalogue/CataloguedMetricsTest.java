package org.lms.adapter.out.metrics.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CataloguedMetricsTest {

    private final MetricCatalogue catalogue = MetricCatalogue.load();

    @Test
    void everyCombinationOfListedLabelValuesIsPreRegistered() {
        var labels = catalogue.entry("lms_access_denied_total", "counter").labels();

        assertThat(CataloguedMetrics.combinations(labels)).hasSize(2 * 4)
                .contains(Map.of("status", "401", "endpoint_class", "auth"),
                        Map.of("status", "403", "endpoint_class", "other"));
    }

    @Test
    void labelLessCounterHasExactlyOneEmptyCombination() {
        assertThat(CataloguedMetrics.combinations(catalogue.entry("lms_courses_created_total", "counter").labels()))
                .containsExactly(Map.of());
    }
}
