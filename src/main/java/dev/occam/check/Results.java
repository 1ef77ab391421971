package dev.occam.check;

import dev.occam.numeric.Vec;
import dev.occam.prediction.Prediction;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/** Vectors as the decimal strings results carry. */
final class Results {
    private Results() {
    }

    /** The iterate to the run's precision ("NaN" / "Infinity" entries after a blow-up). */
    static List<String> decimals(Vec v, PointRun run) {
        if (!v.isFinite()) {
            List<String> out = new ArrayList<>(v.size());
            for (int i = 0; i < v.size(); i++) out.add(Double.toString(v.get(i)));
            return out;
        }
        return decimals(v.decimals(), run.tier().digits());
    }

    static List<String> decimals(Prediction p) {
        return p == null || p.value() == null ? null : decimals(p.value(), 40);
    }

    static List<String> decimals(BigDecimal[] v, int digits) {
        MathContext mc = new MathContext(digits);
        List<String> out = new ArrayList<>(v.length);
        for (BigDecimal x : v) out.add(x.round(mc).stripTrailingZeros().toString());
        return out;
    }
}
