package dev.occam.check;

import org.hipparchus.fraction.BigFraction;
import dev.occam.claim.Claim;
import dev.occam.claim.RateClaim;
import dev.occam.algorithm.Algorithm;
import dev.occam.algorithm.GradientFlow;
import dev.occam.algorithm.MirrorDescent;
import dev.occam.numeric.Value;
import dev.occam.prediction.Prediction;
import dev.occam.problem.Classification;
import dev.occam.problem.LeastSquares;
import dev.occam.problem.Problem;
import dev.occam.symbolic.FormulaException;
import dev.occam.symbolic.Notation;
import dev.occam.symbolic.Symbolic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The symbolic objects of a spec that reports render as math, each rendered by Symja: the loss
 * and its gradient spelled with the spec's exact entries, the potential's derived maps, the
 * prediction, and the rate laws. Only for display: an object Symja cannot render in the time limit is left out,
 * never a reason for the check to fail.
 */
final class SymbolicObjects {
    /** Larger data is shown in generic notation (sum over n) instead of entry by entry. */
    static final int MAX_EXPLICIT_ENTRIES = 48;
    /** An entry written longer than this (a generated decimal) also means generic notation. */
    static final int MAX_ENTRY_TEXT = 12;
    /** About 20 decimal digits for numerator and denominator together. */
    static final int MAX_EXACT_BITS = 64;

    private SymbolicObjects() {
    }

    static Map<String, Map<String, String>> of(Problem problem, Algorithm algorithm, List<Claim> claims, Prediction prediction,
                                               Duration limit) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        Explicit explicit = explicit(problem);
        if (explicit != null) {
            List<String> w = variables(problem.dimension());
            put(out, "L(w) (loss)", () -> Symbolic.get().parse(explicit.loss(), w, limit).rendered());
            put(out, "grad L(w)", () -> Symbolic.get().parse("{" + String.join(", ", explicit.gradient()) + "}", w, limit).rendered());
        } else {
            put(out, "L(w) (loss)", () -> genericLoss(problem, limit));
        }
        if (algorithm instanceof MirrorDescent md) out.putAll(md.potential().derived());
        if (algorithm instanceof GradientFlow flow && flow.potential() != null) out.putAll(flow.potential().derived());
        if (prediction != null) {
            out.putAll(prediction.derived());
            if (prediction.exact() != null && readable(prediction.exact())) {
                put(out, "prediction (exact)", () -> Notation.exactVector(prediction.exact(), limit));
            } else if (prediction.value() != null) {
                put(out, "prediction (approximately)", () -> Notation.approximateVector(prediction.value(), limit));
            }
        }
        for (Claim c : claims) {
            if (c instanceof RateClaim rate) put(out, "rate law of " + rate.quantity(), rate.law()::rendered);
        }
        return out;
    }

    /** Exact entries short enough to read; longer ones (random data) are shown to double precision. */
    private static boolean readable(BigFraction[] v) {
        for (var q : v) if (q.getNumerator().bitLength() + q.getDenominator().bitLength() > MAX_EXACT_BITS) return false;
        return true;
    }

    private static void put(Map<String, Map<String, String>> out, String name, Supplier<Map<String, String>> rendering) {
        try {
            Map<String, String> forms = rendering.get();
            if (forms != null) out.put(name, forms);
        } catch (FormulaException e) {
            // display only: the report shows the other objects
        }
    }

    /** L and its gradient as Symja text in w1..wd, spelled with the spec's own entries. */
    private record Explicit(String loss, List<String> gradient) {
    }

    private static List<String> variables(int d) {
        List<String> w = new ArrayList<>();
        for (int j = 1; j <= d; j++) w.add("w" + j);
        return w;
    }

    /**
     * L and grad L written out, or null when the data is too large to read that way. The gradient is
     * the closed form occam's objectives compute (2 X^T (Xw - y); -sum_n c_n z_n l'(z_n.w)), written
     * out rather than differentiated by Symja, whose Simplify of exponential sums takes seconds.
     */
    private static Explicit explicit(Problem problem) {
        List<String> w = variables(problem.dimension());
        List<String> terms = new ArrayList<>();
        List<List<String>> gradient = new ArrayList<>();
        for (int j = 0; j < w.size(); j++) gradient.add(new ArrayList<>());
        if (problem instanceof LeastSquares ls) {
            if (!small(ls.x(), ls.y())) return null;
            for (int i = 0; i < ls.x().length; i++) {
                String residual = "(" + linear(ls.x()[i], w) + plus(ls.y()[i].negate()) + ")";
                terms.add(residual + "^2");
                for (int j = 0; j < w.size(); j++) {
                    if (!isZero(ls.x()[i][j])) gradient.get(j).add(times(coefficient(ls.x()[i][j]), residual));
                }
            }
            return new Explicit(sum(terms), gradient.stream().map(g -> "2*(" + sum(g) + ")").toList());
        }
        if (problem instanceof Classification c) {
            Value[][] z = c.signed();
            if (!small(z, c.weights() == null ? new Value[0] : c.weights())) return null;
            boolean logistic = c.loss() == Classification.Loss.LOGISTIC;
            for (int n = 0; n < z.length; n++) {
                String margin = linear(z[n], w);
                Value weight = c.weight(n);
                String exp = "Exp(-(" + margin + "))";
                terms.add(times(coefficient(weight), logistic ? "Log(1 + " + exp + ")" : exp));
                String slope = logistic ? "(1 + Exp(" + margin + "))^(-1)" : exp; // -l'(u) at u = z_n.w
                for (int j = 0; j < w.size(); j++) {
                    if (!isZero(z[n][j])) gradient.get(j).add(times(coefficient(weight.times(z[n][j]).negate()), slope));
                }
            }
            return new Explicit(sum(terms), gradient.stream().map(SymbolicObjects::sum).toList());
        }
        return null;
    }

    private static String sum(List<String> terms) {
        return terms.isEmpty() ? "0" : String.join(" + ", terms).replace("+ -", "- ");
    }

    private static String times(String coefficient, String factor) {
        return coefficient.equals("1") ? factor : coefficient.equals("-1") ? "-" + factor : coefficient + "*" + factor;
    }

    private static boolean isZero(Value v) {
        return v.isRational() && v.rational().signum() == 0;
    }

    private static boolean small(Value[][] x, Value[] extra) {
        if ((long) x.length * x[0].length > MAX_EXPLICIT_ENTRIES) return false;
        for (Value[] row : x) for (Value v : row) if (v.text().length() > MAX_ENTRY_TEXT) return false;
        for (Value v : extra) if (v.text().length() > MAX_ENTRY_TEXT) return false;
        return true;
    }

    /** sum_j x_j*w_j over the nonzero entries, written as a reader would: "2*w1 - w2 + 1/3*w4". */
    private static String linear(Value[] row, List<String> w) {
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < row.length; j++) {
            if (isZero(row[j])) continue;
            String c = coefficient(row[j]);
            boolean negative = c.startsWith("-");
            String magnitude = negative ? c.substring(1) : c;
            b.append(b.length() == 0 ? (negative ? "-" : "") : negative ? " - " : " + ")
                    .append(magnitude.equals("1") ? "" : magnitude + "*").append(w.get(j));
        }
        return b.length() == 0 ? "0" : b.toString();
    }

    /** " - 1/3" or " + 2" to follow a sum. */
    private static String plus(Value v) {
        String c = coefficient(v);
        return c.startsWith("-") ? " - " + c.substring(1) : " + " + c;
    }

    /** A rational as p or p/q; anything else as the spec wrote it, in parentheses. */
    private static String coefficient(Value v) {
        return v.isRational() ? Value.text(v.rational()) : "(" + v.text() + ")";
    }

    private static Map<String, String> genericLoss(Problem problem, Duration limit) {
        if (problem instanceof LeastSquares ls) return Notation.sumOfSquaredResiduals(ls.rows(), limit);
        if (problem instanceof Classification c) {
            return Notation.sumOfMarginLosses(c.points(), c.loss() == Classification.Loss.LOGISTIC, c.weights() != null, limit);
        }
        return null;
    }
}
