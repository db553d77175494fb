package org.lms.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

/** Reads the application's Prometheus scrape. */
public final class Scrapes {

    private Scrapes() {
    }

    public static String application() {
        Api.Reply reply = Api.anonymous().get("/metrics");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("text/plain");
        return reply.body();
    }

    /** Sum of every sample of {@code series}, with or without labels. */
    public static double sample(String scrape, String series) {
        return series(scrape, series);
    }

    /**
     * Sum of the samples of {@code name} whose labels include all of {@code labels} ({@code key="value"});
     * without labels, every sample of {@code name}.
     */
    public static double series(String scrape, String name, String... labels) {
        return scrape.lines().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** How much {@link #series} grew from the scrape {@code before} to the scrape {@code after}. */
    public static double delta(String before, String after, String name, String... labels) {
        return series(after, name, labels) - series(before, name, labels);
    }
}
