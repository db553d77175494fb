package org.lms.adapter.out.metrics.catalogue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The metric catalogue ({@value #RESOURCE}): the one list of every application metric with its
 * type, unit, help text and the values each label may take. Metrics are registered only through
 * it, so an uncatalogued name or an unbounded label value fails loudly instead of reaching Prometheus.
 */
public final class MetricCatalogue {

    public static final String RESOURCE = "META-INF/lms/metric-catalogue.json";

    private final Map<String, Entry> entries;

    private MetricCatalogue(Map<String, Entry> entries) {
        this.entries = entries;
    }

    public static MetricCatalogue load() {
        try (InputStream in = MetricCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Metric catalogue " + RESOURCE + " not on the class path");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MetricCatalogue parse(InputStream json) {
        try (JsonReader reader = Json.createReader(json)) {
            Map<String, Entry> entries = new LinkedHashMap<>();
            for (JsonValue value : reader.readObject().getJsonArray("metrics")) {
                Entry entry = Entry.of(value.asJsonObject());
                if (entries.put(entry.name(), entry) != null) {
                    throw new IllegalStateException("Metric " + entry.name() + " is catalogued twice");
                }
            }
            return new MetricCatalogue(Map.copyOf(entries));
        }
    }

    public Collection<Entry> entries() {
        return entries.values();
    }

    public Entry entry(String name, String type) {
        Entry entry = Optional.ofNullable(entries.get(name))
                .orElseThrow(() -> new IllegalArgumentException("Metric " + name + " is not in the catalogue"));
        if (!entry.type().equals(type)) {
            throw new IllegalArgumentException("Metric " + name + " is catalogued as " + entry.type() + ", not " + type);
        }
        return entry;
    }

    /** One catalogued metric, named as Prometheus shows it. */
    public record Entry(String name, String type, String unit, String help, Map<String, LabelRule> labels) {

        static Entry of(JsonObject json) {
            Map<String, LabelRule> labels = new LinkedHashMap<>();
            json.getJsonObject("labels").forEach((label, rule) -> labels.put(label, LabelRule.of(rule.asJsonObject())));
            return new Entry(json.getString("name"), json.getString("type"), json.getString("unit"),
                    json.getString("help"), Map.copyOf(labels));
        }

        /**
         * Every combination of the listed label values (one empty combination when there are no
         * labels); none when a label is bounded by a pattern, whose values only the code knows.
         */
        public List<Map<String, String>> labelCombinations() {
            List<Map<String, String>> combinations = List.of(Map.of());
            for (Map.Entry<String, LabelRule> label : new TreeMap<>(labels).entrySet()) {
                if (label.getValue().pattern() != null) {
                    return List.of();
                }
                List<Map<String, String>> extended = new ArrayList<>();
                for (Map<String, String> combination : combinations) {
                    for (String value : new TreeSet<>(label.getValue().values())) {
                        Map<String, String> next = new TreeMap<>(combination);
                        next.put(label.getKey(), value);
                        extended.add(next);
                    }
                }
                combinations = extended;
            }
            return combinations;
        }

        /** Checks a full set of label values; returns them in a stable order. */
        public Map<String, String> checkLabels(Map<String, String> values) {
            if (!values.keySet().equals(labels.keySet())) {
                throw new IllegalArgumentException(name + " takes labels " + labels.keySet() + ", got " + values.keySet());
            }
            values.forEach((label, value) -> labels.get(label).check(name, label, value));
            return new TreeMap<>(values);
        }
    }

    /** The bounded set of values a label may take: a fixed list, or a pattern over code-defined values. */
    public record LabelRule(Set<String> values, Pattern pattern) {

        static LabelRule of(JsonObject json) {
            if (json.containsKey("values")) {
                List<String> values = json.getJsonArray("values").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString).toList();
                return new LabelRule(values.stream().collect(Collectors.toUnmodifiableSet()), null);
            }
            return new LabelRule(Set.of(), Pattern.compile(json.getString("pattern")));
        }

        void check(String metric, String label, String value) {
            boolean allowed = pattern == null ? values.contains(value) : pattern.matcher(value).matches();
            if (!allowed) {
                throw new IllegalArgumentException(metric + "{" + label + "=\"" + value + "\"} is not an allowed value");
            }
        }
    }
}
