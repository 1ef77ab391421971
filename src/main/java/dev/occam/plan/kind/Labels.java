package dev.occam.plan.kind;

import dev.occam.numeric.Value;
import dev.occam.spec.Section;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Labelled data of a classifier: y given as labels -1 / 1, or generated as the signs of a
 * hyperplane {sign-of: w, min-margin: m} (dropping the points of X nearer than m).
 *
 * @param x the points kept
 * @param labels y_n in {-1, 1}
 */
record Labels(Value[][] x, int[] labels) {

    /**
     * Reads key {@code y} of the section against the data x: a vector (inline or {file: ...}) or
     * {sign-of, min-margin}.
     */
    static Labels read(Section s, Value[][] x) {
        if (s.isSection("y") && !s.section("y").has("file")) {
            Section g = s.section("y");
            Value[] w = g.vector("sign-of", x[0].length);
            Value m = g.optionalNumber("min-margin").orElse(Value.of(0));
            g.finish();
            List<Value[]> kept = new ArrayList<>();
            List<Integer> signs = new ArrayList<>();
            for (Value[] row : x) {
                BigDecimal dot = BigDecimal.ZERO;
                for (int j = 0; j < row.length; j++)
                    dot = dot.add(row[j].decimal().multiply(w[j].decimal()));
                if (dot.abs().compareTo(m.decimal()) < 0 || dot.signum() == 0) continue;
                kept.add(row);
                signs.add(dot.signum());
            }
            if (kept.isEmpty())
                throw g.error(
                        "min-margin",
                        "no point of X lies at least " + m.text() + " from the hyperplane");
            return new Labels(
                    kept.toArray(new Value[0][]),
                    signs.stream().mapToInt(Integer::intValue).toArray());
        }
        Value[] y = s.vector("y", x.length);
        int[] labels = new int[y.length];
        for (int n = 0; n < y.length; n++) {
            if (y[n].decimal().abs().compareTo(BigDecimal.ONE) != 0) {
                throw s.error(
                        "y", "expected labels -1 or 1, got " + y[n].text() + " at index " + n);
            }
            labels[n] = y[n].decimal().signum();
        }
        return new Labels(x, labels);
    }

    /** The labels as exact values. */
    Value[] values() {
        Value[] v = new Value[labels.length];
        for (int n = 0; n < v.length; n++) v[n] = Value.of(labels[n]);
        return v;
    }
}
