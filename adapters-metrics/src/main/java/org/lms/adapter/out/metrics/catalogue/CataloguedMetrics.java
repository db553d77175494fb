package org.lms.adapter.out.metrics.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Gauge;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Application metrics, looked up by their Prometheus name and checked against the catalogue.
 * The registry exports counter {@code x} as {@code x_total} and timer {@code x} as the histogram
 * {@code x_seconds}, so the catalogue name minus that suffix is the registered name. A catalogued
 * histogram whose name does not end in {@code _seconds} is a plain MicroProfile {@link Histogram}
 * of a unit-less value (such as a percentage), registered and exported under its name as is; like
 * timers it comes with a {@code _max} gauge, which the catalogue lists too.
 */
@ApplicationScoped
public class CataloguedMetrics {

    private static final String COUNTER_SUFFIX = "_total";
    private static final String TIMER_SUFFIX = "_seconds";

    private MetricRegistry registry;
    private MetricCatalogue catalogue;

    protected CataloguedMetrics() {
    }

    @Inject
    public CataloguedMetrics(@RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE) MetricRegistry registry) {
        this.registry = registry;
        this.catalogue = MetricCatalogue.load();
    }

    /**
     * Counters and histograms exist from the start at 0, so rate() and increase() work from the
     * first scrape: the label-less ones, and every combination of those whose labels all list
     * their values (a small, fixed set). Entries with a pattern label are registered on first use;
     * gauges are registered by the code that owns their value.
     */
    void registerAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        catalogue.entries().stream()
                .filter(entry -> entry.type().equals("counter") || entry.type().equals("histogram"))
                .forEach(entry -> entry.labelCombinations().forEach(labels -> {
                    if (entry.type().equals("counter")) {
                        counter(entry.name(), labels);
                    } else if (isTimer(entry)) {
                        timer(entry.name(), labels);
                    } else {
                        histogram(entry.name(), labels);
                    }
                }));
    }

    /** Histograms of durations are timers; their {@code _max} companions are gauges the registry adds itself. */
    private static boolean isTimer(MetricCatalogue.Entry entry) {
        return entry.name().endsWith(TIMER_SUFFIX);
    }


    public Counter counter(String name, Map<String, String> labels) {
        MetricCatalogue.Entry entry = catalogue.entry(name, "counter");
        return registry.counter(metadata(entry, strip(name, COUNTER_SUFFIX), MetricUnits.NONE), tags(entry, labels));
    }

    public Counter counter(String name) {
        return counter(name, Map.of());
    }

    public Timer timer(String name, Map<String, String> labels) {
        MetricCatalogue.Entry entry = catalogue.entry(name, "histogram");
        return registry.timer(metadata(entry, strip(name, TIMER_SUFFIX), MetricUnits.NANOSECONDS), tags(entry, labels));
    }

    /** A histogram of plain values; its buckets come from {@code mp.metrics.distribution.histogram.buckets}. */
    public Histogram histogram(String name, Map<String, String> labels) {
        MetricCatalogue.Entry entry = catalogue.entry(name, "histogram");
        if (isTimer(entry)) {
            throw new IllegalArgumentException("Metric " + name + " is a duration: use timer()");
        }
        return registry.histogram(metadata(entry, name, MetricUnits.NONE), tags(entry, labels));
    }

    /**
     * Registers (or finds) the gauge {@code name} reading {@code source} through {@code value}. The
     * name is exported as is; the value must come from memory, never from a query on the scrape path.
     */
    public <T> Gauge<Double> gauge(String name, Map<String, String> labels, T source, ToDoubleFunction<T> value) {
        MetricCatalogue.Entry entry = catalogue.entry(name, "gauge");
        return registry.gauge(metadata(entry, name, MetricUnits.NONE), source, value::applyAsDouble, tags(entry, labels));
    }

    private static Metadata metadata(MetricCatalogue.Entry entry, String registeredName, String unit) {
        return Metadata.builder().withName(registeredName).withDescription(entry.help()).withUnit(unit).build();
    }

    private static Tag[] tags(MetricCatalogue.Entry entry, Map<String, String> labels) {
        return entry.checkLabels(labels).entrySet().stream()
                .map(label -> new Tag(label.getKey(), label.getValue()))
                .toArray(Tag[]::new);
    }

    private static String strip(String name, String suffix) {
        if (!name.endsWith(suffix)) {
            throw new IllegalArgumentException("Metric " + name + " must end with " + suffix);
        }
        return name.substring(0, name.length() - suffix.length());
    }
}
