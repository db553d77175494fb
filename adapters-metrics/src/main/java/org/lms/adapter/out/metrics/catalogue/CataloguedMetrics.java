package org.lms.adapter.out.metrics.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Application metrics, looked up by their Prometheus name and checked against the catalogue.
 * The registry exports counter {@code x} as {@code x_total} and timer {@code x} as the histogram
 * {@code x_seconds}, so the catalogue name minus that suffix is the registered name.
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
     * Counters exist from the start at 0, so rate() and increase() work from the first scrape: label-less
     * ones, and every combination of labels whose values the catalogue lists (pattern labels are open-ended
     * and appear on first use).
     */
    void registerAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        catalogue.entries().stream()
                .filter(entry -> entry.type().equals("counter"))
                .filter(entry -> entry.labels().values().stream().allMatch(rule -> rule.pattern() == null))
                .forEach(entry -> combinations(entry.labels()).forEach(labels -> counter(entry.name(), labels)));
    }

    static List<Map<String, String>> combinations(Map<String, MetricCatalogue.LabelRule> labels) {
        List<Map<String, String>> result = List.of(Map.of());
        for (Map.Entry<String, MetricCatalogue.LabelRule> label : labels.entrySet()) {
            List<Map<String, String>> extended = new ArrayList<>();
            for (Map<String, String> partial : result) {
                for (String value : label.getValue().values()) {
                    Map<String, String> next = new HashMap<>(partial);
                    next.put(label.getKey(), value);
                    extended.add(next);
                }
            }
            result = extended;
        }
        return result;
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
