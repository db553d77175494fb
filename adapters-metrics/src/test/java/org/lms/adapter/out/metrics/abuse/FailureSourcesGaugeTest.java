package org.lms.adapter.out.metrics.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FailureSourcesGaugeTest {

    private Instant now = Instant.parse("2026-03-01T12:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final FailureSourcesGauge gauge = new FailureSourcesGauge(null, clock);

    @Test
    void eachSourceCountsUntilItsWindowEnds() {
        assertThat(gauge.sourcesOverThreshold()).isZero();
        gauge.failureSourceOverThreshold("a", Duration.ofSeconds(40));
        now = now.plusSeconds(10);
        gauge.failureSourceOverThreshold("b", Duration.ofSeconds(55));
        assertThat(gauge.sourcesOverThreshold()).isEqualTo(2);

        now = now.plusSeconds(30);
        assertThat(gauge.sourcesOverThreshold()).as("the first window ended").isEqualTo(1);
        now = now.plusSeconds(25);
        assertThat(gauge.sourcesOverThreshold()).isZero();
    }

    @Test
    void aSourceReportedAgainCountsOnceUntilItsLaterEnd() {
        gauge.failureSourceOverThreshold("a", Duration.ofSeconds(70));
        now = now.plusSeconds(65);
        gauge.failureSourceOverThreshold("a", Duration.ofSeconds(70));
        assertThat(gauge.sourcesOverThreshold()).isEqualTo(1);

        now = now.plusSeconds(10);
        assertThat(gauge.sourcesOverThreshold()).as("the first end has passed, the later one holds").isEqualTo(1);
        now = now.plusSeconds(60);
        assertThat(gauge.sourcesOverThreshold()).isZero();
    }
}
