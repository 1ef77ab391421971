package dev.occam.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The words mutations draw from: the registered kinds of each section and every key name, read from
 * docs/spec.schema.json (whose kind branches are generated from what occam registers,
 * SpecSchemaSyncTest), plus the words of the base specs.
 */
record Vocabulary(Map<String, List<String>> kinds, List<String> keys) {
    static final List<String> SECTIONS = List.of("problem", "algorithm", "prediction", "claim");

    static Vocabulary load(Path schema, List<Yaml> bases) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(schema));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        for (String s : SECTIONS) {
            List<String> k = new ArrayList<>();
            root.path("definitions")
                    .path(s)
                    .path("properties")
                    .path("kind")
                    .path("enum")
                    .forEach(n -> k.add(n.asText()));
            if (k.isEmpty()) throw new IllegalStateException("no kinds for " + s + " in " + schema);
            kinds.put(s, List.copyOf(k));
        }
        TreeSet<String> keys = new TreeSet<>();
        collectSchemaKeys(root, keys);
        bases.forEach(b -> collectKeys(b, keys));
        keys.removeIf(k -> k.startsWith("$") || k.contains("."));
        return new Vocabulary(Map.copyOf(kinds), List.copyOf(keys));
    }

    List<String> allKinds() {
        List<String> all = new ArrayList<>();
        kinds.values().forEach(all::addAll);
        return all;
    }

    private static void collectSchemaKeys(JsonNode node, TreeSet<String> keys) {
        if (node.isObject()) {
            JsonNode props = node.get("properties");
            if (props != null && props.isObject()) props.fieldNames().forEachRemaining(keys::add);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); )
                collectSchemaKeys(it.next(), keys);
        } else if (node.isArray()) {
            node.forEach(n -> collectSchemaKeys(n, keys));
        }
    }

    private static void collectKeys(Yaml y, TreeSet<String> keys) {
        if (y instanceof Yaml.Map m) {
            m.entries()
                    .forEach(
                            e -> {
                                keys.add(e.key);
                                collectKeys(e.value, keys);
                            });
        } else if (y instanceof Yaml.Seq s) {
            s.items().forEach(i -> collectKeys(i, keys));
        }
    }
}
