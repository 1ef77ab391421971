package dev.occam.search.hypotheses;

import org.hipparchus.fraction.BigFraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Non-degenerate, independent support vectors (every alpha_n > 0, unique). Two exact edits, w_hat
 * kept: (1) the support vector nearest to p = w_hat/||w_hat||^2, the foot of the margin, moved onto
 * p. Then w_hat = ||w_hat||^2 p is the SVM's stationarity with p alone, so the other support
 * vectors stay on the margin with alpha_n = 0: degenerate, SHN+18's log log t case (cf.
 * counterexamples/degenerate-support-loglog.yaml). With prediction max-margin-offset the same data
 * are also checked against max-margin, which still exists there. (2) A point added at the midpoint
 * of two support vectors: on the margin, in their span, so the dual weights are no longer unique.
 */
final class SupportVectorBreaker implements Breaker {
    @Override
    public String hypothesis() {
        return "support vectors: alpha_n > 0, independent";
    }

    @Override
    public boolean recognises(String precondition) {
        return precondition.startsWith("every support vector has alpha_n > 0");
    }

    @Override
    public List<Breach> propose(Subject s) {
        Subject.Svm svm = s.svm();
        List<Integer> support = svm.support();
        if (support.size() < 2) {
            throw new NotExplored(
                    "a single support vector: no second one to leave on the margin with alpha = 0");
        }
        BigFraction[][] x = s.x();
        BigFraction[][] z = s.z();
        int[] y = s.labels();
        BigFraction[] w = svm.w();
        BigFraction[] p = Subject.scaled(w, Subject.dot(w, w).reciprocal());
        int nearest = support.get(0);
        for (int n : support) {
            if (squaredDistance(z[n], p).compareTo(squaredDistance(z[nearest], p)) < 0) nearest = n;
        }
        BigFraction[][] moved = x.clone();
        moved[nearest] = Subject.scaled(p, new BigFraction(y[nearest]));
        List<Integer> others = new ArrayList<>(support);
        others.remove(Integer.valueOf(nearest));
        String distance =
                String.format(
                        Locale.ROOT,
                        "alpha_n = 0 exactly for the support vectors %s (z_n.w_hat = 1); point %d"
                                + " moved by %.4g",
                        others,
                        nearest,
                        Math.sqrt(squaredDistance(z[nearest], p).doubleValue()));
        String change = "point " + nearest + " moved onto p = w_hat/||w_hat||^2 = " + text(p);
        List<Breach> out = new ArrayList<>();
        out.add(new Breach(change, distance, Map.of("problem.X", Subject.matrix(moved))));
        if ("max-margin-offset".equals(s.doc().get("prediction.kind"))) {
            Map<String, String> edits = new LinkedHashMap<>();
            edits.put("problem.X", Subject.matrix(moved));
            edits.put("prediction.kind", "max-margin");
            out.add(
                    new Breach(
                            change + ", checked against prediction max-margin",
                            distance,
                            edits,
                            "w_hat still exists and the claims are checked against it; the offset"
                                    + " w~ does not (SHN+18: ||w(t) - w_hat log t|| grows like"
                                    + " log log t)"));
        }
        int a = support.get(0), b = support.get(1);
        BigFraction[] mid = Subject.scaled(add(z[a], z[b]), new BigFraction(1, 2));
        out.add(
                new Breach(
                        "point "
                                + x.length
                                + " added at the midpoint of z_"
                                + a
                                + " and z_"
                                + b
                                + ": "
                                + text(mid),
                        "on the margin (z.w_hat = 1), in the span of the support vectors: "
                                + (support.size() + 1)
                                + " margin points, dual weights no longer unique",
                        s.withPoint(mid, 1)));
        return out;
    }

    private static BigFraction squaredDistance(BigFraction[] a, BigFraction[] b) {
        BigFraction s = BigFraction.ZERO;
        for (int j = 0; j < a.length; j++) {
            BigFraction d = a[j].subtract(b[j]);
            s = s.add(d.multiply(d));
        }
        return s;
    }

    private static BigFraction[] add(BigFraction[] a, BigFraction[] b) {
        BigFraction[] out = new BigFraction[a.length];
        for (int j = 0; j < a.length; j++) out[j] = a[j].add(b[j]);
        return out;
    }

    static String text(BigFraction[] v) {
        return Subject.vector(v).replace("\"", "");
    }
}
