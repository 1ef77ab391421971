package dev.occam.search.hypotheses;

import dev.occam.certify.StepBound;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SHN+18's step bound eta < 2/(beta sigma_max^2): the step set to a few multiples of the bound
 * {@link StepBound} proves (the same bound the precondition states), from just above to far above,
 * each rounded up to three significant digits so it stays above.
 */
final class StepBoundBreaker implements Breaker {
    static final double[] FACTORS = {1.01, 1.5, 2, 5, 20, 100};

    @Override
    public String hypothesis() {
        return "step bound eta < 2/(beta sigma_max^2)";
    }

    @Override
    public boolean recognises(String precondition) {
        return precondition.startsWith("step eta = ")
                && precondition.contains("< 2/(beta sigma_max^2)");
    }

    @Override
    public List<Breach> propose(Subject s) {
        if (s.doc().get("algorithm.step") == null
                || !s.doc().get("algorithm.step").matches("[0-9.eE+-]+")) {
            throw new NotExplored("algorithm.step is not a number the breach could scale");
        }
        double bound = bound(s);
        List<Breach> out = new ArrayList<>();
        for (double f : FACTORS) {
            BigDecimal eta =
                    new BigDecimal(f * bound).round(new MathContext(3, RoundingMode.CEILING));
            out.add(
                    new Breach(
                            "step eta = " + eta.toPlainString(),
                            String.format(
                                    Locale.ROOT,
                                    "%.3g x the bound 2/(beta sigma_max^2) = %.6g",
                                    eta.doubleValue() / bound,
                                    bound),
                            Map.of("algorithm.step", eta.toPlainString())));
        }
        return out;
    }

    /** 2/(beta sigma_max^2) at the subject's data and start. */
    static double bound(Subject s) {
        return 2 / StepBound.smoothness(s.classification(), s.point().init()).value();
    }
}
