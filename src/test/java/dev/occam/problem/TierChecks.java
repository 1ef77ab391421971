package dev.occam.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.numeric.Tier;
import dev.occam.numeric.Vec;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** Shared helpers: random many-digit inputs and round-trip assertions per tier. */
final class TierChecks {
    private TierChecks() {}

    /** Tiers under test with the relative tolerance each must reach. */
    static final int[] DIGITS = {16, 32, 50};

    static double tolerance(int digits) {
        return switch (digits) {
            case 16 -> 1e-14;
            case 32 -> 1e-30;
            default -> 1e-45;
        };
    }

    /**
     * Uniform in [lo, hi] with 45 significant digits (so the double-double low parts and Dfp tails
     * are nonzero), kept at least minAbs away from 0.
     */
    static BigDecimal[] random(SplittableRandom r, int n, double lo, double hi, double minAbs) {
        BigDecimal[] out = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            double v;
            do {
                v = r.nextDouble(lo, hi);
            } while (Math.abs(v) < minAbs);
            BigDecimal tail = new BigDecimal(r.nextDouble()).multiply(new BigDecimal("1e-20"));
            out[i] = new BigDecimal(v).add(tail).round(new MathContext(45));
        }
        return out;
    }

    /** back(forward(w)) == w to the tier's tolerance, relatively. */
    static void assertRoundTrip(
            int digits, BigDecimal[] w, BiConsumer<Vec, Vec> forward, BiConsumer<Vec, Vec> back) {
        Tier tier = Tier.forDigits(digits);
        Vec wv = tier.of(w);
        Vec theta = tier.zeros(w.length);
        Vec again = tier.zeros(w.length);
        forward.accept(wv, theta);
        back.accept(theta, again);
        double tol = tolerance(digits);
        for (int i = 0; i < w.length; i++) {
            BigDecimal expected = wv.decimal(i); // the input as the tier holds it
            BigDecimal err = again.decimal(i).subtract(expected).abs();
            assertThat(err.doubleValue() / expected.abs().doubleValue())
                    .as("tier %s, w[%d] = %s, got %s", tier.name(), i, expected, again.decimal(i))
                    .isLessThanOrEqualTo(tol);
        }
    }

    static Dfp[] dfp(DfpField field, BigDecimal[] v) {
        Dfp[] out = new Dfp[v.length];
        for (int i = 0; i < v.length; i++) out[i] = field.newDfp(v[i].toString());
        return out;
    }

    static double relErr(Dfp got, Dfp expected) {
        Dfp d = got.subtract(expected).abs();
        return expected.isZero() ? d.toDouble() : d.divide(expected.abs()).toDouble();
    }

    /** Central finite-difference Jacobian of f at s with step h. */
    static Dfp[][] finiteDifferenceJacobian(Function<Dfp[], Dfp[]> f, Dfp[] s, Dfp h) {
        int n = s.length;
        Dfp[][] j = new Dfp[n][n];
        for (int k = 0; k < n; k++) {
            Dfp[] plus = s.clone();
            Dfp[] minus = s.clone();
            plus[k] = plus[k].add(h);
            minus[k] = minus[k].subtract(h);
            Dfp[] fp = f.apply(plus);
            Dfp[] fm = f.apply(minus);
            for (int i = 0; i < n; i++) j[i][k] = fp[i].subtract(fm[i]).divide(h.multiply(2));
        }
        return j;
    }
}
