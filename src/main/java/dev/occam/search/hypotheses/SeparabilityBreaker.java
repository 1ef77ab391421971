package dev.occam.search.hypotheses;

import dev.occam.numeric.Value;
import dev.occam.prediction.Separability;

import org.hipparchus.fraction.BigFraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Separability through the origin: one point added on top of a support vector with the opposite
 * label (z and -z both in the data, so no w has z_n.w > 0 for all n: the LP margin is exactly 0),
 * and the first single label flip that leaves the data non-separable (checked by {@link
 * Separability}), when there is one.
 */
final class SeparabilityBreaker implements Breaker {
    @Override
    public String hypothesis() {
        return "linearly separable";
    }

    @Override
    public boolean recognises(String precondition) {
        return precondition.startsWith("linearly separable through the origin");
    }

    @Override
    public List<Breach> propose(Subject s) {
        BigFraction[][] x = s.x();
        int[] y = s.labels();
        int n = s.svm().support().get(0);
        List<Breach> out = new ArrayList<>();
        out.add(
                new Breach(
                        "point " + x.length + " added: x_" + n + " with label " + -y[n],
                        "z_"
                                + n
                                + " and -z_"
                                + n
                                + " both in the data: the LP margin max_w min_n"
                                + " z_n.w/||w||_inf drops to exactly 0",
                        s.withPoint(x[n], -y[n])));
        int flip = firstInseparableFlip(s.z());
        if (flip >= 0) {
            int[] flipped = y.clone();
            flipped[flip] = -flipped[flip];
            Map<String, String> edits = new LinkedHashMap<>();
            edits.put("problem.y", Subject.labels(flipped));
            out.add(
                    new Breach(
                            "label of point " + flip + " flipped to " + flipped[flip],
                            "one label of "
                                    + y.length
                                    + " changed; the first flip (by index)"
                                    + " that leaves the data non-separable",
                            edits));
        } else {
            out.set(
                    0,
                    out.get(0)
                            .noted(
                                    "no single label flip makes these data non-separable: each"
                                            + " flipped point can still be separated"));
        }
        return out;
    }

    /** The first n whose flipped label leaves z non-separable, or -1. */
    static int firstInseparableFlip(BigFraction[][] z) {
        for (int n = 0; n < z.length; n++) {
            Value[][] v = new Value[z.length][];
            for (int m = 0; m < z.length; m++) {
                BigFraction[] row = m == n ? Subject.scaled(z[m], BigFraction.MINUS_ONE) : z[m];
                v[m] = new Value[row.length];
                for (int j = 0; j < row.length; j++) v[m][j] = Value.of(row[j], Value.text(row[j]));
            }
            if (!Separability.check(v).separable()) return n;
        }
        return -1;
    }
}
