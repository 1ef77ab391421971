package dev.occam.fuzz;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a {@link Yaml} tree as block YAML (lists of scalars and matrices in flow style, as the
 * bundled specs do).
 */
final class Emitter {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_.+-][A-Za-z0-9_.+/-]*");
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\[\\]-]*");
    private static final List<String> RESERVED =
            List.of("true", "false", "True", "False", "TRUE", "FALSE", "null", "Null", "NULL", "~");

    private final StringBuilder out = new StringBuilder();

    private Emitter() {}

    static String emit(Yaml root) {
        Emitter e = new Emitter();
        if (root instanceof Yaml.Map m && !m.entries().isEmpty()) e.block(m, 0, false);
        else e.out.append(flow(root)).append('\n');
        return e.out.toString();
    }

    /** Text that a plain YAML scalar reproduces as the same string. */
    static boolean isPlainSafe(String text) {
        return PLAIN.matcher(text).matches() && !RESERVED.contains(text);
    }

    /**
     * @param firstInline the first key goes on the current line (after a list's dash)
     */
    private void block(Yaml.Map map, int indent, boolean firstInline) {
        for (int i = 0; i < map.entries().size(); i++) {
            Yaml.Entry e = map.entries().get(i);
            if (i > 0 || !firstInline) out.append(" ".repeat(indent));
            out.append(key(e.key)).append(':');
            value(e.value, indent + 2);
        }
    }

    /**
     * Deeper than this, values are written in flow style (deep nesting would otherwise indent by
     * megabytes).
     */
    private static final int MAX_BLOCK_INDENT = 16;

    private void value(Yaml v, int indent) {
        if (indent > MAX_BLOCK_INDENT) {
            out.append(' ').append(flow(v)).append('\n');
        } else if (v instanceof Yaml.Map m && !m.entries().isEmpty() && !flat(m)) {
            out.append('\n');
            block(m, indent, false);
        } else if (v instanceof Yaml.Seq s
                && s.items().stream()
                        .anyMatch(
                                i ->
                                        i instanceof Yaml.Map m
                                                && !m.entries().isEmpty()
                                                && !flat(m))) {
            out.append('\n');
            for (Yaml item : s.items()) {
                out.append(" ".repeat(indent)).append("- ");
                if (item instanceof Yaml.Map m && !m.entries().isEmpty() && !flat(m)) {
                    block(m, indent + 2, true);
                } else {
                    out.append(flow(item)).append('\n');
                }
            }
        } else {
            out.append(' ').append(flow(v)).append('\n');
        }
    }

    /** A mapping whose values are all scalars or flat lists: one line reads better. */
    private static boolean flat(Yaml.Map m) {
        return m.entries().size() <= 3
                && m.entries().stream()
                        .allMatch(
                                e ->
                                        e.value instanceof Yaml.Scalar
                                                || e.value instanceof Yaml.Seq s
                                                        && s.items().stream()
                                                                .allMatch(
                                                                        i ->
                                                                                i
                                                                                        instanceof
                                                                                        Yaml
                                                                                                .Scalar));
    }

    static String flow(Yaml v) {
        if (v instanceof Yaml.Scalar s) return scalar(s);
        if (v instanceof Yaml.Seq s) {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < s.items().size(); i++)
                b.append(i == 0 ? "" : ", ").append(flow(s.items().get(i)));
            return b.append(']').toString();
        }
        Yaml.Map m = (Yaml.Map) v;
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < m.entries().size(); i++) {
            Yaml.Entry e = m.entries().get(i);
            b.append(i == 0 ? "" : ", ").append(key(e.key)).append(": ").append(flow(e.value));
        }
        return b.append('}').toString();
    }

    private static String scalar(Yaml.Scalar s) {
        if (!s.quoted() && s.text().isEmpty()) return "null";
        if (!s.quoted()
                && !s.text().contains(": ")
                && !s.text().contains(" #")
                && plainLike(s.text())) return s.text();
        return quote(s.text());
    }

    /** Plain texts the mutations produce on purpose (numbers, .inf, booleans) or safe words. */
    private static boolean plainLike(String t) {
        return PLAIN.matcher(t).matches()
                || RESERVED.contains(t)
                || t.equals(".inf")
                || t.equals("-.inf")
                || t.equals(".nan");
    }

    private static String key(String k) {
        return PLAIN_KEY.matcher(k).matches() && !RESERVED.contains(k) ? k : quote(k);
    }

    static String quote(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) b.append(String.format("\\x%02x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }
}
