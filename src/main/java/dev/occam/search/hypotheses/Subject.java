package dev.occam.search.hypotheses;

import dev.occam.numeric.Value;
import dev.occam.plan.PointPlan;
import dev.occam.prediction.MaxMargin;
import dev.occam.prediction.Prediction;
import dev.occam.prediction.PredictionInput;
import dev.occam.problem.Classification;
import dev.occam.search.Draw;
import dev.occam.spec.SpecDocument;

import org.hipparchus.fraction.BigFraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The spec whose hypotheses are broken, as the breakers read it: its document (what they edit) and
 * its first sweep point, built (the exact data, the start, the algorithm).
 */
record Subject(SpecDocument doc, PointPlan point) {

    /** The l2 hard-margin SVM of the data: w_hat exact and the support vectors' indices. */
    record Svm(BigFraction[] w, List<Integer> support) {}

    Classification classification() {
        if (point.problem() instanceof Classification c) return c;
        throw new Breaker.NotExplored(
                "the problem is " + point.problem().kind() + ", not classification");
    }

    /** The rows x_n, exactly. */
    BigFraction[][] x() {
        return exact(classification().x(), "problem.X");
    }

    int[] labels() {
        return classification().labels();
    }

    /** z_n = y_n x_n, exactly. */
    BigFraction[][] z() {
        BigFraction[][] x = x();
        int[] y = labels();
        BigFraction[][] z = new BigFraction[x.length][];
        for (int n = 0; n < x.length; n++) z[n] = scaled(x[n], new BigFraction(y[n]));
        return z;
    }

    Svm svm() {
        Prediction p =
                MaxMargin.l2()
                        .predict(
                                new PredictionInput(
                                        classification(),
                                        point.init(),
                                        point.algorithm().asymptoticStep(),
                                        20));
        if (!p.available() || p.exact() == null) {
            throw new Breaker.NotExplored(
                    "the l2 max-margin vector has no exact rational form here"
                            + (p.unmet() != null ? " (" + p.unmet() + ")" : ""));
        }
        List<Integer> support = new ArrayList<>();
        for (BigDecimal n : p.quantities().get("support")) support.add(n.intValueExact());
        return new Svm(p.exact(), support);
    }

    /** The edits that append the point x with label y (weight 1 when the spec lists weights). */
    Map<String, String> withPoint(BigFraction[] x, int y) {
        BigFraction[][] rows = x();
        rows = Arrays.copyOf(rows, rows.length + 1);
        rows[rows.length - 1] = x;
        return withRows(rows, y);
    }

    /**
     * The edits that replace X by {@code rows}, the data's rows plus one new last row, labelled y
     * (weight 1 when the spec lists weights).
     */
    Map<String, String> withRows(BigFraction[][] rows, int y) {
        int[] labels = Arrays.copyOf(labels(), rows.length);
        labels[rows.length - 1] = y;
        Map<String, String> edits = new LinkedHashMap<>();
        edits.put("problem.X", matrix(rows));
        edits.put("problem.y", labels(labels));
        Value[] weights = classification().weights();
        if (weights != null) {
            BigFraction[] c =
                    Arrays.copyOf(
                            exact(new Value[][] {weights}, "problem.weights")[0], rows.length);
            c[rows.length - 1] = BigFraction.ONE;
            edits.put("problem.weights", vector(c));
        }
        return edits;
    }

    static String matrix(BigFraction[][] rows) {
        return new Draw.Array(rows, false).yaml();
    }

    static String vector(BigFraction[] v) {
        return new Draw.Array(new BigFraction[][] {v}, true).yaml();
    }

    static String labels(int[] y) {
        BigFraction[] v = new BigFraction[y.length];
        for (int n = 0; n < y.length; n++) v[n] = new BigFraction(y[n]);
        return vector(v);
    }

    static BigFraction[] scaled(BigFraction[] v, BigFraction c) {
        BigFraction[] out = new BigFraction[v.length];
        for (int j = 0; j < v.length; j++) out[j] = v[j].multiply(c);
        return out;
    }

    static BigFraction dot(BigFraction[] a, BigFraction[] b) {
        BigFraction s = BigFraction.ZERO;
        for (int j = 0; j < a.length; j++) s = s.add(a[j].multiply(b[j]));
        return s;
    }

    static BigFraction[][] exact(Value[][] m, String path) {
        BigFraction[][] out = new BigFraction[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = new BigFraction[m[i].length];
            for (int j = 0; j < m[i].length; j++) {
                if (!m[i][j].isRational()) {
                    throw new Breaker.NotExplored(
                            path + " has an irrational entry: its edits are made exactly");
                }
                out[i][j] = m[i][j].rational();
            }
        }
        return out;
    }
}
