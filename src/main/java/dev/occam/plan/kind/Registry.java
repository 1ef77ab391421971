package dev.occam.plan.kind;

import dev.occam.spec.Section;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The kinds of one section ({@code problem}, {@code algorithm}, {@code prediction}, a claim), by
 * name.
 */
public final class Registry<T> {
    private final String section;
    private final Map<String, Kind<? extends T>> kinds = new LinkedHashMap<>();

    /** Each kind's declared keys and "kind", for the check after every build. */
    private final Map<String, Set<String>> declared = new HashMap<>();

    @SafeVarargs
    Registry(String section, Kind<? extends T>... kinds) {
        this.section = section;
        for (Kind<? extends T> k : kinds) {
            if (this.kinds.put(k.name(), k) != null)
                throw new IllegalStateException("kind " + k.name() + " registered twice");
            Set<String> keys = new HashSet<>(List.of("kind"));
            k.keys().forEach(key -> keys.add(key.name()));
            declared.put(k.name(), Set.copyOf(keys));
        }
    }

    /**
     * The schema definition and spec-format heading this registry fills: problem, algorithm,
     * prediction or claim.
     */
    public String section() {
        return section;
    }

    public List<Kind<? extends T>> kinds() {
        return List.copyOf(kinds.values());
    }

    public List<String> names() {
        return new ArrayList<>(kinds.keySet());
    }

    /**
     * Looks the section's kind up (an unknown kind is an error listing the known ones), builds it
     * and rejects the keys nobody read. A builder that reads a key its kind does not declare is a
     * bug in occam, not in the spec: the schema and the docs would not know the key.
     */
    public T build(Section s, PointContext context) {
        Kind<? extends T> kind = kinds.get(s.choice("kind", names()));
        T built = kind.build(s, context);
        s.finish();
        Set<String> keys = declared.get(kind.name());
        for (String read : s.read()) {
            if (!keys.contains(read)) {
                throw new IllegalStateException(
                        section
                                + " kind "
                                + kind.name()
                                + " reads key '"
                                + read
                                + "' but does not declare it");
            }
        }
        return built;
    }
}
