package dev.occam.fuzz;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A mutable YAML tree small enough to mutate freely: mappings keep duplicate keys and order (so a
 * mutation can duplicate a key), scalars keep whether they were quoted (so "1/3" stays a string and
 * 0.01 a number). {@link #emit} writes it back as block YAML.
 */
sealed interface Yaml {

    /** A copy that shares nothing mutable with this node. */
    Yaml copy();

    record Scalar(String text, boolean quoted) implements Yaml {
        static Scalar plain(String text) {
            return new Scalar(text, false);
        }

        static Scalar quoted(String text) {
            return new Scalar(text, true);
        }

        @Override
        public Yaml copy() {
            return this;
        }
    }

    record Seq(List<Yaml> items) implements Yaml {
        @Override
        public Seq copy() {
            List<Yaml> c = new ArrayList<>();
            items.forEach(i -> c.add(i.copy()));
            return new Seq(c);
        }
    }

    final class Entry {
        String key;
        Yaml value;

        Entry(String key, Yaml value) {
            this.key = key;
            this.value = value;
        }
    }

    record Map(List<Entry> entries) implements Yaml {
        @Override
        public Map copy() {
            List<Entry> c = new ArrayList<>();
            entries.forEach(e -> c.add(new Entry(e.key, e.value.copy())));
            return new Map(c);
        }

        Optional<Yaml> get(String key) {
            return entries.stream().filter(e -> e.key.equals(key)).map(e -> e.value).findFirst();
        }

        /** Replaces the first entry named key, or appends one. */
        void put(String key, Yaml value) {
            for (Entry e : entries) {
                if (e.key.equals(key)) {
                    e.value = value;
                    return;
                }
            }
            entries.add(new Entry(key, value));
        }
    }

    /** The tree of a spec's text, or empty when the text is not plain YAML this model can hold. */
    static Optional<Yaml> parse(String text) {
        try {
            return new Compose(LoadSettings.builder().setSchema(new CoreSchema()).build())
                    .composeString(text)
                    .map(Yaml::of);
        } catch (YamlEngineException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Yaml of(Node node) {
        if (node.getAnchor().isPresent()) throw new IllegalArgumentException("anchor");
        if (node instanceof ScalarNode s) {
            boolean string = node.getTag().equals(Tag.STR);
            if (!string
                    && !List.of(Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL).contains(node.getTag())) {
                throw new IllegalArgumentException("tag");
            }
            boolean quoted =
                    string
                            && (s.getScalarStyle() != ScalarStyle.PLAIN
                                    || !Emitter.isPlainSafe(s.getValue()));
            return new Scalar(s.getValue(), quoted);
        }
        if (node instanceof SequenceNode seq && node.getTag().equals(Tag.SEQ)) {
            List<Yaml> items = new ArrayList<>();
            seq.getValue().forEach(n -> items.add(of(n)));
            return new Seq(items);
        }
        if (node instanceof MappingNode map && node.getTag().equals(Tag.MAP)) {
            List<Entry> entries = new ArrayList<>();
            for (NodeTuple t : map.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k))
                    throw new IllegalArgumentException("complex key");
                entries.add(new Entry(k.getValue(), of(t.getValueNode())));
            }
            return new Map(entries);
        }
        throw new IllegalArgumentException("tag");
    }

    static String emit(Yaml root) {
        return Emitter.emit(root);
    }
}
