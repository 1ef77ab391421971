package dev.occam.spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A spec file as an editable YAML document: the search substitutes values at dotted paths, renames
 * the spec and writes it back out as YAML text, which {@link SpecLoader} reads like any file.
 * Comments and layout are not kept: the text is regenerated (block mappings, flow lists, every
 * scalar's exact text, strings quoted unless they are plain words).
 */
public final class SpecDocument {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final Set<String> KEYWORDS =
            Set.of("true", "false", "null", "yes", "no", "on", "off", "y", "n", "nan", "inf");

    private final Path file;
    private final YamlNode.Mapping root;

    private SpecDocument(Path file, YamlNode.Mapping root) {
        this.file = file;
        this.root = root;
    }

    /** Parses spec text; errors are {@link SpecError}s against {@code file}. */
    public static SpecDocument parse(Path file, String text) {
        YamlNode tree = YamlTree.parse(file, text);
        if (!(tree instanceof YamlNode.Mapping m)) {
            throw new SpecError(
                    file, tree.position(), "", "expected a mapping of keys at the top level");
        }
        return new SpecDocument(file, m);
    }

    /**
     * This document with {@code yamlValue} (YAML text, e.g. {@code 0.1} or {@code [[1, 2], [3,
     * 4]]}) at {@code path}, replacing the value or adding the key.
     *
     * @throws IllegalArgumentException when the path does not lead through the document
     */
    public SpecDocument with(String path, String yamlValue) {
        YamlNode value = YamlTree.parse(file, yamlValue);
        return new SpecDocument(
                file, (YamlNode.Mapping) YamlPath.parse(path).substitute(root, value));
    }

    /** This document with the string {@code text} at {@code path} (quoted as needed). */
    public SpecDocument withString(String path, String text) {
        YamlNode value = new YamlNode.Scalar(text, YamlNode.ScalarKind.STRING, root.position());
        return new SpecDocument(
                file, (YamlNode.Mapping) YamlPath.parse(path).substitute(root, value));
    }

    /** This document without a top-level key. */
    public SpecDocument without(String key) {
        List<YamlNode.Entry> kept = new ArrayList<>(root.entries());
        kept.removeIf(e -> e.key().equals(key));
        return new SpecDocument(file, new YamlNode.Mapping(kept, root.position(), root.source()));
    }

    /** The value at a dotted path as YAML flow text, or null when there is none. */
    public String get(String path) {
        YamlNode node = YamlPath.parse(path).find(root);
        return node == null ? null : flow(node);
    }

    /**
     * The shape of the list at a dotted path: {rows, columns} for a list of equally long lists,
     * {length} for a flat list, null for anything else or nothing.
     */
    public int[] shape(String path) {
        if (!(YamlPath.parse(path).find(root) instanceof YamlNode.Sequence s)) return null;
        if (s.items().stream().noneMatch(i -> i instanceof YamlNode.Sequence)) {
            return new int[] {s.items().size()};
        }
        int columns = -1;
        for (YamlNode row : s.items()) {
            if (!(row instanceof YamlNode.Sequence r)
                    || (columns >= 0 && r.items().size() != columns)) {
                return null;
            }
            columns = r.items().size();
        }
        return new int[] {s.items().size(), columns};
    }

    /** The document as YAML text. */
    public String text() {
        StringBuilder out = new StringBuilder();
        block(root, 0, out);
        return out.toString();
    }

    private static void block(YamlNode.Mapping mapping, int indent, StringBuilder out) {
        for (YamlNode.Entry e : mapping.entries()) {
            out.append(" ".repeat(indent)).append(e.key()).append(':');
            YamlNode v = e.value();
            if (v instanceof YamlNode.Mapping m && !m.entries().isEmpty()) {
                out.append('\n');
                block(m, indent + 2, out);
            } else if (v instanceof YamlNode.Sequence s && isBlockList(s)) {
                out.append('\n');
                for (YamlNode item : s.items()) {
                    YamlNode.Mapping m = (YamlNode.Mapping) item;
                    StringBuilder inner = new StringBuilder();
                    block(m, indent + 4, inner);
                    out.append(" ".repeat(indent + 2))
                            .append("- ")
                            .append(inner.substring(indent + 4));
                }
            } else {
                out.append(' ').append(flow(v)).append('\n');
            }
        }
    }

    /** Lists of non-empty mappings (claims) are written as blocks, the rest in flow style. */
    private static boolean isBlockList(YamlNode.Sequence s) {
        return !s.items().isEmpty()
                && s.items().stream()
                        .allMatch(i -> i instanceof YamlNode.Mapping m && !m.entries().isEmpty());
    }

    /** A node as one line of YAML flow text that parses back to the same node. */
    static String flow(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) return scalar(s);
        List<String> parts = new ArrayList<>();
        if (node instanceof YamlNode.Sequence s) {
            for (YamlNode item : s.items()) parts.add(flow(item));
            return "[" + String.join(", ", parts) + "]";
        }
        for (YamlNode.Entry e : ((YamlNode.Mapping) node).entries()) {
            parts.add(e.key() + ": " + flow(e.value()));
        }
        return "{" + String.join(", ", parts) + "}";
    }

    private static String scalar(YamlNode.Scalar s) {
        if (s.kind() == YamlNode.ScalarKind.NULL) return "null";
        if (s.kind() != YamlNode.ScalarKind.STRING) return s.text();
        String t = s.text();
        if (PLAIN.matcher(t).matches() && !KEYWORDS.contains(t.toLowerCase(Locale.ROOT))) return t;
        StringBuilder q = new StringBuilder("\"");
        for (char c : t.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20) q.append(String.format("\\u%04x", (int) c));
                    else q.append(c);
                }
            }
        }
        return q.append('"').toString();
    }
}
