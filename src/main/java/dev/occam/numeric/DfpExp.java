package dev.occam.numeric;

import org.hipparchus.dfp.Dfp;

/**
 * e^x in Dfp with the argument clamped to [-10^6, 10^6]. Hipparchus' Dfp exp does not return for
 * arguments near -2 10^9 (seen on a homogeneous model whose margins grew past that under
 * loss-scaled steps: the run hung inside one exp, beyond its time limit); beyond 10^6 in magnitude
 * e^x already underflows to 0 or overflows to infinity in every Dfp field (whose exponents stop
 * near 10^(+-131072), e^(+-301800)), so the clamp changes no result.
 */
public final class DfpExp {
    private static final int CLAMP = 1_000_000;

    private DfpExp() {}

    public static Dfp exp(Dfp x) {
        if (x.isNaN()) return x;
        // what Dfp's own exp gives at -10^6 and 10^6
        double d = x.toDouble(); // only the clamp test; no allocation on the common path
        if (d < -CLAMP) return x.getField().getZero();
        if (d > CLAMP) return x.getField().newDfp((byte) 1, Dfp.INFINITE);
        return x.exp();
    }
}
