package dev.occam.spec;

import dev.occam.numeric.Value;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * {@link Section} over one YAML mapping. Every key a getter asks for (present or not) is recorded,
 * so {@link #finish()} can name the unread keys and list the ones this kind understands.
 */
public final class MappingSection implements Section {

    private final SpecContext context;
    private final String path;
    private final YamlNode.Mapping mapping;
    private final ValueReader values;
    private final Set<String> asked = new LinkedHashSet<>();

    MappingSection(SpecContext context, String path, YamlNode.Mapping mapping) {
        this.context = context;
        this.path = path;
        this.mapping = mapping;
        this.values = new ValueReader(context);
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public Position position() {
        return mapping.position();
    }

    @Override
    public SpecError error(String key, String problem) {
        Position at = mapping.get(key).map(YamlNode::position).orElse(mapping.position());
        return context.error(at, SpecContext.child(path, key), problem);
    }

    @Override
    public SpecError error(String problem) {
        return context.error(mapping.position(), path, problem);
    }

    /** Only asks: unlike the getters, does not count the key as read. */
    @Override
    public boolean has(String key) {
        return mapping.entry(key).isPresent();
    }

    @Override
    public Set<String> keys() {
        return mapping.entries().stream()
                .map(YamlNode.Entry::key)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    public Set<String> read() {
        return Collections.unmodifiableSet(asked);
    }

    @Override
    public String string(String key) {
        return optionalString(key).orElseThrow(() -> missing(key));
    }

    @Override
    public Optional<String> optionalString(String key) {
        return node(key)
                .map(
                        n -> {
                            if (!(n instanceof YamlNode.Scalar s)
                                    || s.kind() != YamlNode.ScalarKind.STRING) {
                                throw error(key, "expected a string, got " + n.describe());
                            }
                            if (s.text().isBlank()) {
                                throw error(key, "expected a non-empty string");
                            }
                            return s.text();
                        });
    }

    @Override
    public String choice(String key, List<String> allowed) {
        return optionalChoice(key, allowed).orElseThrow(() -> missing(key));
    }

    @Override
    public Optional<String> optionalChoice(String key, List<String> allowed) {
        return node(key)
                .map(
                        n -> {
                            if (n instanceof YamlNode.Scalar s
                                    && s.kind() == YamlNode.ScalarKind.STRING
                                    && allowed.contains(s.text())) {
                                return s.text();
                            }
                            throw error(
                                    key,
                                    "expected one of: "
                                            + String.join(", ", allowed)
                                            + "; got "
                                            + n.describe());
                        });
    }

    @Override
    public Value number(String key) {
        return number(key, v -> true, "a number");
    }

    @Override
    public Optional<Value> optionalNumber(String key) {
        return optionalNumber(key, v -> true, "a number");
    }

    @Override
    public Value number(String key, Predicate<Value> test, String expected) {
        return optionalNumber(key, test, expected).orElseThrow(() -> missing(key));
    }

    /** An optional number that must satisfy {@code test} when given. */
    public Optional<Value> optionalNumber(String key, Predicate<Value> test, String expected) {
        return node(key).map(n -> values.number(n, childPath(key), test, expected));
    }

    @Override
    public long integer(String key) {
        return integer(key, n -> true, "an integer");
    }

    @Override
    public Optional<Long> optionalInteger(String key) {
        return optionalInteger(key, n -> true, "an integer");
    }

    /**
     * An integer that must satisfy {@code test}; {@code expected} words the domain, e.g. "an
     * integer in 1..1000".
     */
    public long integer(String key, Predicate<Long> test, String expected) {
        return optionalInteger(key, test, expected).orElseThrow(() -> missing(key));
    }

    public Optional<Long> optionalInteger(String key, Predicate<Long> test, String expected) {
        return node(key).map(n -> values.integer(n, childPath(key), test, expected));
    }

    @Override
    public boolean bool(String key) {
        return optionalBool(key).orElseThrow(() -> missing(key));
    }

    @Override
    public Optional<Boolean> optionalBool(String key) {
        return node(key)
                .map(
                        n -> {
                            if (n instanceof YamlNode.Scalar s
                                    && s.kind() == YamlNode.ScalarKind.BOOLEAN) {
                                return Boolean.parseBoolean(s.text());
                            }
                            throw error(key, "expected true or false, got " + n.describe());
                        });
    }

    @Override
    public Value[] vector(String key, int length) {
        if (length < 0) {
            throw new IllegalArgumentException("negative vector length " + length);
        }
        return values.vector(required(key), childPath(key), length);
    }

    @Override
    public Value[] vector(String key) {
        return values.vector(required(key), childPath(key), -1);
    }

    @Override
    public Value[][] matrix(String key) {
        return values.matrix(required(key), childPath(key));
    }

    @Override
    public NumberOrFormula numberOrFormula(String key) {
        return values.numberOrFormula(required(key), childPath(key));
    }

    @Override
    public MappingSection section(String key) {
        return optionalMapping(key).orElseThrow(() -> missing(key));
    }

    @Override
    public Optional<Section> optionalSection(String key) {
        return optionalMapping(key).map(Section.class::cast);
    }

    Optional<MappingSection> optionalMapping(String key) {
        return node(key).map(n -> mappingAt(n, childPath(key)));
    }

    /** A list of mappings, e.g. {@code claims}; each section's path is {@code key[i]}. */
    public List<Section> sections(String key) {
        YamlNode node = required(key);
        if (!(node instanceof YamlNode.Sequence seq)) {
            throw error(key, "expected a list of mappings, got " + node.describe());
        }
        List<Section> sections = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            sections.add(mappingAt(item, SpecContext.index(childPath(key), sections.size())));
        }
        return sections;
    }

    @Override
    public boolean isSection(String key) {
        return mapping.get(key).orElse(null) instanceof YamlNode.Mapping;
    }

    @Override
    public void finish() {
        for (YamlNode.Entry entry : mapping.entries()) {
            if (!asked.contains(entry.key())) {
                String expected =
                        asked.isEmpty()
                                ? "this mapping takes no keys"
                                : "expected one of: " + String.join(", ", asked);
                throw context.error(
                        entry.keyPosition(),
                        childPath(entry.key()),
                        "unknown key '" + entry.key() + "' (" + expected + ")");
            }
        }
    }

    /**
     * Declares keys as known without reading them, so {@link #finish()} can reject the rest first.
     */
    void declare(Collection<String> keys) {
        asked.addAll(keys);
    }

    /** The raw node at key, marking the key as read. */
    Optional<YamlNode> node(String key) {
        asked.add(key);
        return mapping.get(key);
    }

    YamlNode.Mapping mapping() {
        return mapping;
    }

    private YamlNode required(String key) {
        return node(key).orElseThrow(() -> missing(key));
    }

    private MappingSection mappingAt(YamlNode node, String nodePath) {
        if (node instanceof YamlNode.Mapping m) {
            return new MappingSection(context, nodePath, m);
        }
        throw context.error(
                node.position(), nodePath, "expected a mapping, got " + node.describe());
    }

    private SpecError missing(String key) {
        return context.error(
                mapping.position(), childPath(key), "missing required key '" + key + "'");
    }

    private String childPath(String key) {
        return SpecContext.child(path, key);
    }

    @Override
    public String toString() {
        return "Section[" + (path.isEmpty() ? "<top>" : path) + "]";
    }
}
