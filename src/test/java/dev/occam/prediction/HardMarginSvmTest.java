package dev.occam.prediction;

import static org.assertj.core.api.Assertions.assertThat;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.SplittableRandom;

/**
 * The exact active-set polish repairs a wrong starting support (here: from w = 0, where every point
 * looks active).
 */
class HardMarginSvmTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void polishRepairsAPoorStart(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = 15;
        int d = 3;
        BigFraction[] truth = {new BigFraction(1), new BigFraction(-2, 3), new BigFraction(1, 2)};
        BigFraction[][] z = new BigFraction[n][];
        for (int i = 0; i < n; i++) {
            BigFraction[] x;
            BigFraction m;
            do {
                x = TestAlgebra.randomVector(r, d);
                m = TestAlgebra.dot(x, truth);
            } while (Math.abs(m.doubleValue()) < 0.25);
            if (m.signum() < 0) for (int j = 0; j < d; j++) x[j] = x[j].negate();
            z[i] = x;
        }
        double[][] zd = MaxMarginTest.toDouble(z);
        HardMarginSvm.Solution fromQp = HardMarginSvm.solve(z, zd);
        HardMarginSvm.Solution fromZero = HardMarginSvm.polish(z, zd, new double[d]);
        double[] far = {-5, 7, 3};
        HardMarginSvm.Solution fromFar = HardMarginSvm.polish(z, zd, far);
        assertThat(fromQp).isNotNull();
        assertThat(fromZero).isNotNull();
        assertThat(fromFar).isNotNull();
        assertThat(fromZero.w()).containsExactly(fromQp.w());
        assertThat(fromFar.w()).containsExactly(fromQp.w());
        assertThat(fromZero.repairs()).isPositive();
        assertThat(MaxMargin.kkt(z, fromZero.w(), fromZero.alpha(), "x").values())
                .allMatch(v -> v.equals("0 (x)"));
    }
}
