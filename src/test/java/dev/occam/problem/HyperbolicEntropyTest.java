package dev.occam.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/**
 * phi, phi', (phi')^-1 and the conjugate against 30-digit mpmath values of the closed forms
 * (python3: x*asinh(x/(2a)) - sqrt(x^2 + 4a^2) + 2a, a = alpha^2).
 */
class HyperbolicEntropyTest {
    private static final DfpField FIELD = new DfpField(50);

    private static HyperbolicEntropy alpha(long p, long q) {
        return new HyperbolicEntropy(Value.of(new BigFraction(p, q), p + "/" + q));
    }

    private static Dfp dfp(String s) {
        return FIELD.newDfp(s);
    }

    private static void close(Dfp actual, String expected, String tolerance) {
        assertThat(actual.subtract(dfp(expected)).abs().lessThan(dfp(tolerance)))
                .as("%s vs %s", actual, expected)
                .isTrue();
    }

    @Test
    void valuesAtAlphaOneHalf() {
        HyperbolicEntropy psi = alpha(1, 2);
        // also alpha^2 q(3 / alpha^2) with q(z) = 2 - sqrt(4 + z^2) + z asinh(z / 2): the same
        // 4.933958292785626066789535488
        close(psi.value(new Dfp[] {dfp("3")}), "4.93395829278562606678953548887", "1e-28");
        close(psi.gradient(new Dfp[] {dfp("3")})[0], "2.49177985264491197042979253716", "1e-28");
        close(psi.value(new Dfp[] {dfp("-0.1")}), "0.00996705967564565764464128069274", "1e-30");
        close(
                psi.gradient(new Dfp[] {dfp("-0.1")})[0],
                "-0.19869011034924140647463691595",
                "1e-28");
        // psi is a sum
        close(
                psi.value(new Dfp[] {dfp("3"), dfp("-0.1")}),
                "4.94392535246127172443417677", // the two values added
                "1e-25");
    }

    @Test
    void extremeScalesStayFinite() {
        // alpha = 1/1000: phi(1) = 12.81551255796327410410794922 and (phi')^-1(14) = 2e-6 sinh 14
        // = 1.202604284163945249030133203; alpha = 10: phi(1) = 0.002499994791705728730707198763
        HyperbolicEntropy small = alpha(1, 1000);
        close(small.value(new Dfp[] {dfp("1")}), "12.8155125579632741041079492281", "1e-27");
        close(small.inverse(new Dfp[] {dfp("14")})[0], "1.20260428416394524903013320288", "1e-27");
        HyperbolicEntropy large = alpha(10, 1);
        close(large.value(new Dfp[] {dfp("1")}), "0.00249999479170572873070719876345", "1e-30");
        // a dual variable far beyond double's exp range: Dfp's exponent holds it
        Dfp huge = small.inverse(new Dfp[] {dfp("2000")})[0];
        assertThat(huge.isInfinite() || huge.isNaN()).isFalse();
        close(small.gradient(new Dfp[] {huge})[0], "2000", "1e-25");
    }

    @Test
    void mirrorMapsInvertEachOtherInEveryTier() {
        HyperbolicEntropy psi = alpha(1, 100);
        double[] x = {-3, -1e-6, 0, 2e-5, 0.5, 40};
        for (int digits : new int[] {16, 32, 50}) {
            Tier tier = Tier.forDigits(digits);
            Vec w = tier.of(x), theta = tier.zeros(x.length), back = tier.zeros(x.length);
            psi.gradient(w, theta);
            psi.inverse(theta, back);
            for (int i = 0; i < x.length; i++) {
                assertThat(back.get(i))
                        .isCloseTo(x[i], within(1e-14 * Math.max(1, Math.abs(x[i]))));
                // phi'(x) = asinh(50^2 x / 2) = asinh(5000 x)
                assertThat(theta.get(i))
                        .isCloseTo(org.hipparchus.util.FastMath.asinh(5000 * x[i]), within(1e-13));
            }
        }
    }

    @Test
    void fenchelYoungIsAnEqualityExactlyAtTheMirrorImage() {
        // phi(x) + phi*(theta) - x theta >= 0, = 0 iff theta = phi'(x); the Bregman certificate's
        // duality gap rests on it
        HyperbolicEntropy psi = alpha(1, 3);
        Dfp x = dfp("0.7");
        Dfp theta = psi.gradient(new Dfp[] {x})[0];
        Dfp gap = psi.value(new Dfp[] {x}).add(psi.conjugate(theta)).subtract(x.multiply(theta));
        assertThat(gap.abs().lessThan(dfp("1e-40"))).isTrue();
        Dfp off = theta.add(dfp("0.01"));
        Dfp positive = psi.value(new Dfp[] {x}).add(psi.conjugate(off)).subtract(x.multiply(off));
        // second order: (0.01)^2 / 2 * (phi*)''(theta) = 1e-4 / 2 * sqrt(x^2 + 4/81) ~ 3.6e-5
        assertThat(positive.toDouble()).isBetween(3e-5, 4.5e-5);
    }
}
