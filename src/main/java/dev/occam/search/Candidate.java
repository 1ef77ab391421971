package dev.occam.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One point of a search: a value for each searched spec path, in the search block's order. Its
 * {@link #key()} names it in the results file, so a resumed search recognises what it has done.
 */
record Candidate(Map<String, Draw> values) {
    Candidate {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** path=yaml pairs joined by "; ": equal candidates have equal keys. */
    String key() {
        List<String> parts = new ArrayList<>();
        values.forEach((path, draw) -> parts.add(path + "=" + draw.yaml()));
        return String.join("; ", parts);
    }

    Candidate with(String path, Draw draw) {
        Map<String, Draw> copy = new LinkedHashMap<>(values);
        copy.put(path, draw);
        return new Candidate(copy);
    }

    Draw get(String path) {
        return values.get(path);
    }

    /** Equal keys, equal candidates (arrays inside draws compare by content this way). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Candidate c && key().equals(c.key());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }

    @Override
    public String toString() {
        return key();
    }
}
