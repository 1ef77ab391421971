package dev.occam.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dotted path into a spec tree, {@code algorithm.step} or {@code claims[0].tolerance}: what
 * sweeps and searches substitute values at. Errors are IllegalArgumentExceptions whose message the
 * caller places at its own key.
 */
record YamlPath(List<Step> steps) {
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z0-9_-]+)((?:\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    sealed interface Step permits Key, Index {}

    record Key(String name) implements Step {}

    record Index(int index) implements Step {}

    static YamlPath parse(String path) {
        List<Step> steps = new ArrayList<>();
        for (String segment : path.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(segment);
            if (!m.matches()) {
                throw new IllegalArgumentException(
                        "expected a dotted path like algorithm.step or claims[0].tolerance");
            }
            steps.add(new Key(m.group(1)));
            Matcher index = INDEX.matcher(m.group(2));
            while (index.find()) {
                try {
                    steps.add(new Index(Integer.parseInt(index.group(1))));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("index " + index.group(1) + " is too large");
                }
            }
        }
        return new YamlPath(List.copyOf(steps));
    }

    /** The node at this path, or null. */
    YamlNode find(YamlNode node) {
        for (Step step : steps) {
            if (step instanceof Key key && node instanceof YamlNode.Mapping m) {
                node = m.get(key.name()).orElse(null);
            } else if (step instanceof Index i
                    && node instanceof YamlNode.Sequence s
                    && i.index() < s.items().size()) {
                node = s.items().get(i.index());
            } else {
                return null;
            }
            if (node == null) return null;
        }
        return node;
    }

    /**
     * {@code root} with this path bound to {@code value}: the last key replaced or added (at {@code
     * keyPosition}), every step before it present.
     */
    YamlNode substitute(YamlNode root, YamlNode value, Position keyPosition) {
        return substitute(root, 0, "", value, keyPosition);
    }

    YamlNode substitute(YamlNode root, YamlNode value) {
        return substitute(root, value, value.position());
    }

    private YamlNode substitute(YamlNode node, int i, String at, YamlNode value, Position keyAt) {
        Step step = steps.get(i);
        boolean last = i == steps.size() - 1;
        if (step instanceof Key key) {
            String next = SpecContext.child(at, key.name());
            if (!(node instanceof YamlNode.Mapping m)) {
                throw new IllegalArgumentException(
                        at
                                + " is "
                                + node.describe()
                                + ", not a mapping with key '"
                                + key.name()
                                + "'");
            }
            if (last) return m.with(key.name(), keyAt, value);
            YamlNode child =
                    m.get(key.name())
                            .orElseThrow(
                                    () ->
                                            new IllegalArgumentException(
                                                    next + " is not in the spec"));
            return m.with(key.name(), keyAt, substitute(child, i + 1, next, value, keyAt));
        }
        int index = ((Index) step).index();
        if (!(node instanceof YamlNode.Sequence s) || index >= s.items().size()) {
            throw new IllegalArgumentException(
                    SpecContext.index(at, index) + " is not in the spec");
        }
        String next = SpecContext.index(at, index);
        return s.with(
                index, last ? value : substitute(s.items().get(index), i + 1, next, value, keyAt));
    }
}
