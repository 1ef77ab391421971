package dev.occam.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands {@code sweep: {algorithm.step: [a, b], ...}} into one spec tree per grid point, each with
 * the swept values substituted at their dotted paths (replacing the key, or adding it). The grid is
 * the cartesian product in file order, the first key varying slowest. Substituted nodes keep their
 * own positions, so an error in a swept value points at that list element.
 *
 * <p>Only problem, algorithm, prediction and claims[i] can be swept. Run settings cannot: a spec
 * has one {@link RunSettings}, and sweeping them would mean one run block per point for little
 * gain.
 */
final class SweepExpander {

    /** A larger grid is almost certainly a mistake, and each point is a full run. */
    static final int MAX_POINTS = 10_000;

    private static final List<String> SECTIONS =
            List.of("problem", "algorithm", "prediction", "claims");

    /**
     * One grid point: the parameters (path to value text, in sweep order) and the substituted tree.
     */
    record Point(Map<String, String> parameters, YamlNode.Mapping root) {}

    private record Axis(
            String key, Position keyPosition, List<YamlPath.Step> steps, List<YamlNode> values) {}

    private final SpecContext context;

    SweepExpander(SpecContext context) {
        this.context = context;
    }

    /** The grid points; without a sweep, the one point of the spec as written. */
    List<Point> expand(YamlNode.Mapping root, YamlNode.Mapping sweep) {
        List<Axis> axes = new ArrayList<>();
        long size = 1;
        for (YamlNode.Entry entry : sweep.entries()) {
            Axis axis = axis(entry);
            axes.add(axis);
            size *= axis.values().size();
            if (size > MAX_POINTS) {
                throw context.error(
                        sweep.position(),
                        "sweep",
                        "the sweep grid has more than " + MAX_POINTS + " points");
            }
        }
        List<Point> points = new ArrayList<>();
        int[] choice = new int[axes.size()];
        for (long p = 0; p < size; p++) {
            points.add(point(root, axes, choice));
            for (int a = axes.size() - 1;
                    a >= 0 && ++choice[a] == axes.get(a).values().size();
                    a--) {
                choice[a] = 0;
            }
        }
        return points;
    }

    private Point point(YamlNode.Mapping root, List<Axis> axes, int[] choice) {
        Map<String, String> parameters = new LinkedHashMap<>();
        YamlNode.Mapping tree = root;
        for (int a = 0; a < axes.size(); a++) {
            Axis axis = axes.get(a);
            YamlNode value = axis.values().get(choice[a]);
            parameters.put(
                    axis.key(), value instanceof YamlNode.Scalar s ? s.text() : source(value));
            tree = (YamlNode.Mapping) substitute(tree, axis, value);
        }
        return new Point(Collections.unmodifiableMap(parameters), tree);
    }

    private static String source(YamlNode node) {
        return node instanceof YamlNode.Sequence s
                ? s.source()
                : ((YamlNode.Mapping) node).source();
    }

    private Axis axis(YamlNode.Entry entry) {
        String key = entry.key();
        List<YamlPath.Step> steps = steps(entry);
        String section = ((YamlPath.Key) steps.get(0)).name();
        if (section.equals("run")) {
            throw keyError(
                    entry,
                    "sweeping run settings is not supported (sweep problem, algorithm, prediction or claims keys)");
        }
        if (!SECTIONS.contains(section)) {
            throw keyError(
                    entry,
                    "unknown section '"
                            + section
                            + "' (expected one of: problem, algorithm, prediction, claims[i])");
        }
        if (section.equals("claims")
                && !(steps.size() > 1 && steps.get(1) instanceof YamlPath.Index)) {
            throw keyError(entry, "name one claim, e.g. claims[0].tolerance");
        }
        int sectionSteps = section.equals("claims") ? 2 : 1;
        if (steps.size() <= sectionSteps) {
            throw keyError(entry, "name a key inside " + key + ", e.g. " + key + ".step");
        }
        if (steps.size() == sectionSteps + 1
                && steps.get(sectionSteps).equals(new YamlPath.Key("kind"))) {
            throw keyError(entry, "a kind cannot be swept: write one spec per kind");
        }
        YamlNode values = entry.value();
        if (!(values instanceof YamlNode.Sequence list) || list.items().isEmpty()) {
            throw context.error(
                    values.position(),
                    "sweep." + key,
                    "expected a non-empty list of values, got "
                            + (values instanceof YamlNode.Sequence
                                    ? "an empty list"
                                    : values.describe()));
        }
        return new Axis(key, entry.keyPosition(), steps, list.items());
    }

    private List<YamlPath.Step> steps(YamlNode.Entry entry) {
        try {
            return YamlPath.parse(entry.key()).steps();
        } catch (IllegalArgumentException e) {
            throw keyError(entry, e.getMessage());
        }
    }

    private YamlNode substitute(YamlNode root, Axis axis, YamlNode value) {
        try {
            return new YamlPath(axis.steps()).substitute(root, value, axis.keyPosition());
        } catch (IllegalArgumentException e) {
            throw sweepError(axis, e.getMessage());
        }
    }

    private SpecError keyError(YamlNode.Entry entry, String problem) {
        return context.error(entry.keyPosition(), "sweep." + entry.key(), problem);
    }

    private SpecError sweepError(Axis axis, String problem) {
        return context.error(axis.keyPosition(), "sweep." + axis.key(), problem);
    }
}
