package dev.occam.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An immutable YAML node with its position, decoupled from snakeyaml so sweeps can substitute
 * values by building new trees and nothing downstream sees a parser type.
 */
sealed interface YamlNode {

    Position position();

    /** Words the node for "expected X, got ..." messages. */
    String describe();

    enum ScalarKind {
        STRING,
        INTEGER,
        FLOAT,
        BOOLEAN,
        NULL
    }

    /**
     * @param text the scalar's value, without quotes
     */
    record Scalar(String text, ScalarKind kind, Position position) implements YamlNode {
        @Override
        public String describe() {
            return switch (kind) {
                case NULL -> "nothing";
                case STRING -> "'" + abbreviate(text) + "'";
                default -> abbreviate(text);
            };
        }

        private static String abbreviate(String s) {
            String oneLine = s.replaceAll("\\s+", " ");
            return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 37) + "...";
        }
    }

    /**
     * @param source the node's text in the file, used as a sweep parameter's text
     */
    record Sequence(List<YamlNode> items, Position position, String source) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }

        Sequence with(int index, YamlNode value) {
            List<YamlNode> copy = new ArrayList<>(items);
            copy.set(index, value);
            return new Sequence(copy, position, source);
        }
    }

    record Entry(String key, Position keyPosition, YamlNode value) {}

    record Mapping(List<Entry> entries, Position position, String source) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        @Override
        public String describe() {
            return "a mapping";
        }

        Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst();
        }

        Optional<YamlNode> get(String key) {
            return entry(key).map(Entry::value);
        }

        /**
         * This mapping with {@code key} bound to {@code value}: replaced in place, or appended at
         * {@code keyPosition}.
         */
        Mapping with(String key, Position keyPosition, YamlNode value) {
            List<Entry> copy = new ArrayList<>(entries);
            for (int i = 0; i < copy.size(); i++) {
                if (copy.get(i).key().equals(key)) {
                    copy.set(i, new Entry(key, copy.get(i).keyPosition(), value));
                    return new Mapping(copy, position, source);
                }
            }
            copy.add(new Entry(key, keyPosition, value));
            return new Mapping(copy, position, source);
        }
    }
}
