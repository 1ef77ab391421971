package dev.occam.plan.kind;

import dev.occam.numeric.Value;
import dev.occam.problem.FormulaDerivatives;
import dev.occam.problem.Model;
import dev.occam.problem.Networks;
import dev.occam.problem.Problem;
import dev.occam.spec.Section;
import dev.occam.symbolic.FormulaException;
import dev.occam.symbolic.Homogeneity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code model}: a predictor f(w; x) (a formula in w1..wk and x1..xd, or a built-in network written
 * as one) fitted to data X, y with an exponential, logistic or squared loss; its homogeneity in w
 * is verified when declared and detected otherwise (classification losses).
 */
final class ModelKind implements Kind<Problem> {
    private static final List<String> LOSSES = List.of("exponential", "logistic", "squared");
    private static final List<String> NETWORKS = List.of("two-layer", "deep-linear");
    private static final int MAX_WIDTH = 4096;

    @Override
    public String name() {
        return "model";
    }

    @Override
    public String summary() {
        return "L(w) = sum_n l(y_n f(w; x_n)) (exponential or logistic, in the log domain) or sum_n (f(w; x_n) - y_n)^2, "
                + "f a formula in w1..wk, x1..xd or a built-in network (two-layer, deep-linear) without biases.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.optional(
                        "model",
                        ValueType.NON_EMPTY_STRING,
                        "",
                        "f(w; x) as a formula in the parameters w1..wk (no gaps) and the inputs x1..xd (d = columns of X); exactly one of model and network"),
                Key.optional(
                        "network",
                        ValueType.json(
                                "{\"type\": \"object\", \"required\": [\"kind\"], \"additionalProperties\": false, \"properties\": {"
                                        + "\"kind\": {\"enum\": [\"two-layer\", \"deep-linear\"]}, "
                                        + "\"activation\": {\"type\": \"string\", \"pattern\": \"^(relu|squared-relu|tanh|polynomial:([1-9]|1[0-6]))$\"}, "
                                        + "\"width\": {\"type\": \"integer\", \"minimum\": 1}, "
                                        + "\"depth\": {\"type\": \"integer\", \"minimum\": 1}}}",
                                "{kind: two-layer, activation: relu | squared-relu | tanh | \"polynomial:P\", width: m} or {kind: deep-linear, depth: N, width: h}"),
                        "",
                        "a built-in network without biases (parameter order in docs/models.md); exactly one of model and network"),
                Key.required("X", ValueType.MATRIX, "n x d inputs"),
                Key.required(
                        "y",
                        ValueType.json(
                                "{\"anyOf\": [{\"$ref\": \"#/definitions/labels\"}, {\"$ref\": \"#/definitions/vector\"}]}",
                                "labels -1 / 1 or {sign-of: w, min-margin: m}; targets for the squared loss"),
                        "labels (exponential, logistic) or targets (squared), of length n"),
                Key.optional(
                        "loss",
                        ValueType.choice(LOSSES),
                        "exponential",
                        "l(m) = exp(-m), log(1 + exp(-m)) of the margin m = y f, or (f - y)^2 (no 1/2)"),
                Key.optional(
                        "homogeneous",
                        ValueType.json(
                                "{\"type\": \"integer\", \"minimum\": 1, \"maximum\": 64}",
                                "positive integer"),
                        "detected (orders 1 to 6) for classification losses",
                        "the order L of f(c w; x) = c^L f(w; x) the spec asserts; verified symbolically and at exact rational points, an error if it fails"));
    }

    @Override
    public String constraints() {
        return "{\"oneOf\": [{\"required\": [\"model\"]}, {\"required\": [\"network\"]}]}";
    }

    /** The formula text of f, its parameter count and how the spec names it. */
    private record Source(String text, int parameters, String key, String refusalReason) {}

    @Override
    public Problem build(Section s, PointContext b) {
        Value[][] x = s.matrix("X");
        int d = x[0].length;
        Model.Loss loss =
                Model.Loss.valueOf(
                        s.optionalChoice("loss", LOSSES)
                                .orElse("exponential")
                                .toUpperCase(Locale.ROOT));
        boolean formula = s.has("model");
        if (formula == s.has("network"))
            throw s.error(
                    formula ? "network" : "model",
                    "give exactly one of problem.model (a formula) and problem.network");
        Source source = formula ? formula(s, d) : network(s, d);
        Value[] y;
        if (loss == Model.Loss.SQUARED) {
            if (s.isSection("y"))
                throw s.error("y", "the squared loss needs targets, a vector of length n");
            y = s.vector("y", x.length);
        } else {
            Labels labels = Labels.read(s, x);
            x = labels.x();
            y = labels.values();
        }
        Optional<Long> declared = s.optionalInteger("homogeneous");
        List<String> w = FormulaIndices.names("w", source.parameters());
        List<String> variables = new ArrayList<>(w);
        variables.addAll(FormulaIndices.names("x", d));
        String text = source.text();
        FormulaDerivatives f =
                b.derived(
                        "model " + variables + " " + text,
                        () -> {
                            try {
                                return FormulaDerivatives.of(
                                        b.formula(s, source.key(), text, variables),
                                        source.parameters());
                            } catch (FormulaException e) {
                                throw s.error(source.key(), e.getMessage());
                            }
                        });
        int order;
        if (declared.isPresent()) {
            long l = declared.get();
            if (l < 1 || l > 64)
                throw s.error("homogeneous", "expected an order from 1 to 64, got " + l);
            order = (int) l;
            String refuted =
                    b.derived(
                            "homogeneity " + order + " " + variables + " " + text,
                            () -> refutation(s, f, w, order));
            if (!refuted.isEmpty())
                throw s.error(
                        "homogeneous",
                        "problem."
                                + source.key()
                                + " is not homogeneous of order "
                                + order
                                + " in w ("
                                + w.get(0)
                                + ".."
                                + w.get(w.size() - 1)
                                + "): "
                                + refuted);
        } else if (loss != Model.Loss.SQUARED) {
            order = b.derived("homogeneity detected " + variables + " " + text, () -> detect(f, w));
        } else {
            order = 0;
        }
        String refusal =
                f.twiceDifferentiable()
                        ? null
                        : source.refusalReason() != null
                                ? source.refusalReason()
                                : "problem.model uses Abs, Sign, Max or Min: it is not twice differentiable everywhere, so its loss has no Hessian";
        return new Model(f, x, y, loss, order, refusal);
    }

    /** The refutation of the order, "" when it is verified. */
    private static String refutation(Section s, FormulaDerivatives f, List<String> w, int order) {
        try {
            return Homogeneity.refutation(f.formula(), w, order).orElse("");
        } catch (FormulaException e) {
            throw s.error(
                    "homogeneous",
                    "could not verify homogeneity of order " + order + ": " + e.getMessage());
        }
    }

    /** The detected order, 0 when none is verified (or Symja runs out of time deciding). */
    private static Integer detect(FormulaDerivatives f, List<String> w) {
        try {
            return Homogeneity.detect(f.formula(), w);
        } catch (FormulaException e) {
            return 0;
        }
    }

    private static Source formula(Section s, int d) {
        String text = s.string("model");
        FormulaIndices used = new FormulaIndices(text);
        used.requireNoGaps(s, "model");
        if (used.parameters() == 0)
            throw s.error(
                    "model",
                    "the model uses no parameter w1, w2, ... (write f in w1..wk and x1..xd)");
        if (used.inputs() > d)
            throw s.error(
                    "model",
                    "uses x"
                            + used.inputs()
                            + " but X has "
                            + d
                            + " column"
                            + (d == 1 ? "" : "s")
                            + " (inputs x1..x"
                            + d
                            + ")");
        return new Source(text, used.parameters(), "model", null);
    }

    private static Source network(Section s, int d) {
        if (!s.isSection("network"))
            throw s.error(
                    "network",
                    "expected a mapping such as {kind: two-layer, activation: tanh, width: 8}");
        Section n = s.section("network");
        String kind = n.choice("kind", NETWORKS);
        Source source;
        if (kind.equals("two-layer")) {
            Networks.Activation a = activation(n);
            int m = width(n);
            int k = Networks.twoLayerParameters(m, d);
            source =
                    new Source(
                            Networks.twoLayer(a, m, d),
                            k,
                            "network",
                            a.name().equals("tanh") || a.name().equals("polynomial")
                                    ? null
                                    : "problem.network is a two-layer "
                                            + a.text()
                                            + " network: its activation has a kink at 0, so the loss is not twice differentiable there and occam offers no Hessian (use tanh, polynomial:P, or a formula)");
        } else {
            long depth = n.integer("depth");
            if (depth < 1 || depth > 16)
                throw n.error("depth", "expected a depth from 1 to 16, got " + depth);
            int h = width(n);
            source =
                    new Source(
                            Networks.deepLinear((int) depth, h, d),
                            Networks.deepLinearParameters((int) depth, h, d),
                            "network",
                            null);
        }
        n.finish();
        return source;
    }

    private static int width(Section n) {
        long m = n.integer("width");
        if (m < 1 || m > MAX_WIDTH)
            throw n.error("width", "expected a width from 1 to " + MAX_WIDTH + ", got " + m);
        return (int) m;
    }

    private static Networks.Activation activation(Section n) {
        String text = n.string("activation");
        if (text.startsWith("polynomial:")) {
            try {
                int p = Integer.parseInt(text.substring("polynomial:".length()).trim());
                if (p >= 1 && p <= 16) return new Networks.Activation("polynomial", p);
            } catch (NumberFormatException e) {
                // worded below
            }
            throw n.error(
                    "activation",
                    "expected polynomial:P with an integer P from 1 to 16, got " + text);
        }
        if (!List.of("relu", "squared-relu", "tanh").contains(text))
            throw n.error(
                    "activation",
                    "expected one of "
                            + String.join(", ", Networks.Activation.NAMES)
                            + ", got '"
                            + text
                            + "'");
        return new Networks.Activation(text, 0);
    }
}
