package dev.occam.search.hypotheses;

import org.hipparchus.fraction.BigFraction;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The support vectors span the data: the data gain a dimension (a zero column) and one point z = 2
 * mean(z_S) + e_new, at margin 2 under w_hat (so not a support vector, and (w_hat, 0) is still the
 * SVM) but off the support's span by 1. A listed start gains a 0.
 */
final class SupportSpanBreaker implements Breaker {
    @Override
    public String hypothesis() {
        return "support vectors span the data";
    }

    @Override
    public boolean recognises(String precondition) {
        return precondition.startsWith("the support vectors span the data");
    }

    @Override
    public List<Breach> propose(Subject s) {
        Subject.Svm svm = s.svm();
        BigFraction[][] x = s.x();
        BigFraction[][] z = s.z();
        int d = x[0].length;
        BigFraction[] point = new BigFraction[d + 1];
        Arrays.fill(point, BigFraction.ZERO);
        BigFraction scale = new BigFraction(2, svm.support().size());
        for (int n : svm.support()) {
            for (int j = 0; j < d; j++) point[j] = point[j].add(z[n][j].multiply(scale));
        }
        point[d] = BigFraction.ONE;
        BigFraction[][] rows = new BigFraction[x.length + 1][];
        for (int n = 0; n < x.length; n++) {
            rows[n] = Arrays.copyOf(x[n], d + 1);
            rows[n][d] = BigFraction.ZERO;
        }
        rows[x.length] = point;
        Map<String, String> edits = new LinkedHashMap<>(s.withRows(rows, 1));
        if (s.doc().get("algorithm.init") != null) {
            BigFraction[] init = new BigFraction[d + 1];
            for (int j = 0; j < d; j++) {
                if (!s.point().init()[j].isRational())
                    throw new NotExplored("algorithm.init has an irrational entry");
                init[j] = s.point().init()[j].rational();
            }
            init[d] = BigFraction.ZERO;
            edits.put("algorithm.init", Subject.vector(init));
        }
        return List.of(
                new Breach(
                        "a dimension added (zero column) and point "
                                + x.length
                                + " = "
                                + SupportVectorBreaker.text(point),
                        "the data's rank grows by 1, the support's ("
                                + svm.support().size()
                                + " vectors) does not: the new point is 1 off their span, at"
                                + " margin 2",
                        edits));
    }
}
