package dev.occam.problem;

import dev.occam.numeric.Value;
import dev.occam.symbolic.Symbolic;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A loss and its gradient as Symja text in w1..wd, spelled with the spec's own entries, for the
 * reports. The gradient is the closed form occam's objectives compute, written out rather than
 * differentiated by Symja, whose Simplify of exponential sums takes seconds.
 */
final class LossText {
    /** Larger data is shown in generic notation (sum over n) instead of entry by entry. */
    static final int MAX_EXPLICIT_ENTRIES = 48;

    /** An entry written longer than this (a generated decimal) also means generic notation. */
    static final int MAX_ENTRY_TEXT = 12;

    static final String LOSS = "L(w) (loss)";
    static final String GRADIENT = "grad L(w)";

    private LossText() {}

    /** The renderings of L and grad L written out. */
    static Map<String, Supplier<Map<String, String>>> explicit(
            String loss, List<String> gradient, Duration limit) {
        List<String> w = variables(gradient.size());
        Map<String, Supplier<Map<String, String>>> out = new LinkedHashMap<>();
        out.put(LOSS, () -> Symbolic.get().parse(loss, w, limit).rendered());
        out.put(
                GRADIENT,
                () ->
                        Symbolic.get()
                                .parse("{" + String.join(", ", gradient) + "}", w, limit)
                                .rendered());
        return out;
    }

    /** The rendering of L in generic notation, for data too large to read entry by entry. */
    static Map<String, Supplier<Map<String, String>>> generic(Supplier<Map<String, String>> loss) {
        return Map.of(LOSS, loss);
    }

    static List<String> variables(int d) {
        List<String> w = new ArrayList<>();
        for (int j = 1; j <= d; j++) w.add("w" + j);
        return w;
    }

    /** d empty term lists, one per gradient entry. */
    static List<List<String>> entries(int d) {
        List<List<String>> g = new ArrayList<>();
        for (int j = 0; j < d; j++) g.add(new ArrayList<>());
        return g;
    }

    static String sum(List<String> terms) {
        return terms.isEmpty() ? "0" : String.join(" + ", terms).replace("+ -", "- ");
    }

    static String times(String coefficient, String factor) {
        return coefficient.equals("1")
                ? factor
                : coefficient.equals("-1") ? "-" + factor : coefficient + "*" + factor;
    }

    static boolean isZero(Value v) {
        return v.isRational() && v.rational().signum() == 0;
    }

    static boolean small(Value[][] x, Value[] extra) {
        if ((long) x.length * x[0].length > MAX_EXPLICIT_ENTRIES) return false;
        for (Value[] row : x)
            for (Value v : row) if (v.text().length() > MAX_ENTRY_TEXT) return false;
        for (Value v : extra) if (v.text().length() > MAX_ENTRY_TEXT) return false;
        return true;
    }

    /** sum_j x_j*w_j over the nonzero entries, written as a reader would: "2*w1 - w2 + 1/3*w4". */
    static String linear(Value[] row, List<String> w) {
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < row.length; j++) {
            if (isZero(row[j])) continue;
            String c = coefficient(row[j]);
            boolean negative = c.startsWith("-");
            String magnitude = negative ? c.substring(1) : c;
            b.append(b.length() == 0 ? (negative ? "-" : "") : negative ? " - " : " + ")
                    .append(magnitude.equals("1") ? "" : magnitude + "*")
                    .append(w.get(j));
        }
        return b.length() == 0 ? "0" : b.toString();
    }

    /** " - 1/3" or " + 2" to follow a sum. */
    static String plus(Value v) {
        String c = coefficient(v);
        return c.startsWith("-") ? " - " + c.substring(1) : " + " + c;
    }

    /** A rational as p or p/q; anything else as the spec wrote it, in parentheses. */
    static String coefficient(Value v) {
        return v.isRational() ? Value.text(v.rational()) : "(" + v.text() + ")";
    }
}
