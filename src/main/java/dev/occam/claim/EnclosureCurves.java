package dev.occam.claim;

import dev.occam.result.Legend;
import dev.occam.result.Role;
import dev.occam.result.Role.Panel;
import dev.occam.result.Series;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figure of Cohen et al. (2021) for one run: the sampled quantity's certified interval (its
 * midpoint measured, its ends dashed) against the iteration, with the claim's levels as guide
 * lines, 2/eta among them for sharpness; the loss is the run's own loss panel.
 */
final class EnclosureCurves {
    private EnclosureCurves() {}

    /** The run's constant step, NaN when it has none. */
    static double eta(dev.occam.run.PointRun run) {
        var step = run.algorithm().step();
        return step == null ? Double.NaN : step.constant();
    }

    static List<Series> of(String quantity, EnclosureWatch watch, double eta, Level... levels) {
        List<Series> out = new ArrayList<>();
        if (watch == null || watch.size() == 0 || quantity.equals("loss")) return out;
        Panel panel = Panel.of(quantity);
        double[][] s = watch.series();
        out.add(new Series(Role.measured(panel), Legend.ROLE, s[0], s[1]));
        // the interval's ends, when they can be told from the midpoint at the plot's scale
        double width = 0, low = Double.POSITIVE_INFINITY, high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < s[0].length; i++) {
            width = Math.max(width, s[3][i] - s[2][i]);
            low = Math.min(low, s[2][i]);
            high = Math.max(high, s[3][i]);
        }
        if (width > 1e-3 * (high - low)) {
            out.add(
                    new Series(
                            new Role(panel, Role.Style.DASHED, "lower end"),
                            Legend.ROLE,
                            s[0],
                            s[2]));
            out.add(
                    new Series(
                            new Role(panel, Role.Style.DASHED, "upper end"),
                            Legend.ROLE,
                            s[0],
                            s[3]));
        }
        // from t = 1 at the earliest: a log axis has no place for t = 0
        double[] ends = {Math.max(1, s[0][0]), Math.max(1, s[0][s[0].length - 1])};
        if (quantity.equals("sharpness") && eta > 0)
            out.add(
                    new Series(
                            new Role(panel, Role.Style.PREDICTED, "2/eta"),
                            new Legend.Text(String.format(Locale.ROOT, "2/eta = %.6g", 2 / eta)),
                            ends,
                            new double[] {2 / eta, 2 / eta}));
        for (Level l : levels) {
            if (l == null) continue;
            out.add(
                    new Series(
                            new Role(panel, Role.Style.GUIDE, l.text()),
                            Legend.ROLE,
                            ends,
                            new double[] {l.mid(), l.mid()}));
        }
        return out;
    }
}
