package dev.occam.plan.kind;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a key takes, twice: as a JSON Schema fragment (mostly a reference to a shared definition of
 * docs/spec.schema.json) and in words for the spec-format tables.
 */
public record ValueType(String schema, String words) {
    public static final ValueType MATRIX = ref("matrix", "matrix");
    public static final ValueType VECTOR = ref("vector", "vector");
    public static final ValueType LABELS =
            ref("labels", "labels -1 / 1, or {sign-of: w, min-margin: m}");
    public static final ValueType NUMBER = ref("number", "number");
    public static final ValueType POSITIVE_NUMBER = ref("positiveNumber", "positive number");
    public static final ValueType NON_NEGATIVE_NUMBER = ref("nonNegativeNumber", "number >= 0");
    public static final ValueType UNIT_INTERVAL = ref("unitInterval", "number in [0, 1)");
    public static final ValueType FLOW_TOLERANCE = ref("flowTolerance", "number in [1e-14, 1e-3)");
    public static final ValueType NON_EMPTY_STRING = ref("nonEmptyString", "non-empty string");
    public static final ValueType STEP_VALUE = ref("stepValue", "positive number or formula in t");
    public static final ValueType STEP =
            ref("step", "positive number, formula in t, or {over-loss: C, cap: E}");
    public static final ValueType STEP_VALUE_OR_FLOW =
            json(
                    "{\"anyOf\": [{\"$ref\": \"#/definitions/stepValue\"}, {\"const\": \"flow\"}]}",
                    "positive number, formula in t, or flow");
    public static final ValueType STEP_OR_FLOW =
            ref("stepOrFlow", "positive number, formula in t, {over-loss: C, cap: E}, or flow");
    public static final ValueType NORM = ref("norm", "l1, l2, linf, \"lp:P\" or {quadratic: D}");
    public static final ValueType POTENTIAL =
            ref("potential", "formula in x, or {half-squared-norm: \"lp:P\"}");

    /** A reference to a shared definition of the schema. */
    public static ValueType ref(String definition, String words) {
        return new ValueType("{\"$ref\": \"#/definitions/" + definition + "\"}", words);
    }

    /** A fragment of its own, for a key no shared definition describes. */
    public static ValueType json(String schema, String words) {
        return new ValueType(schema, words);
    }

    /** One of the listed strings. */
    public static ValueType choice(List<String> values) {
        String quoted = values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", "));
        String words = values.stream().map(v -> "`" + v + "`").collect(Collectors.joining(", "));
        return values.size() == 1
                ? new ValueType("{\"const\": " + quoted + "}", words)
                : new ValueType("{\"enum\": [" + quoted + "]}", "one of " + words);
    }
}
