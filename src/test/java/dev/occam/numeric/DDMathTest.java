package dev.occam.numeric;

import static dev.occam.numeric.Exact.assertRelative;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.numbers.core.DD;
import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.dfp.DfpMath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Random;

/**
 * DDMath against 120-digit Dfp (its log loses relative accuracy near 1, hence the margin) evaluated
 * at the exact double-double argument.
 */
class DDMathTest {
    private static final DfpField F = new DfpField(120);
    private static final double TOL = 1e-31;

    private static Dfp dfp(DD x) {
        return F.newDfp(x.bigDecimalValue().toString());
    }

    private static BigDecimal dec(Dfp x) {
        return new BigDecimal(x.toString());
    }

    /** A double-double with a nonzero low part, magnitude about 10^e. */
    private static DD random(Random r, double e) {
        return DD.from(
                new BigDecimal(Math.pow(10, e) * r.nextDouble())
                        .divide(BigDecimal.valueOf(7), Exact.MC));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void expMatchesDfp(long seed) {
        Random r = new Random(seed);
        for (int k = 0; k < 50; k++) {
            DD x = random(r, r.nextInt(4) - 2);
            if (r.nextBoolean()) {
                x = x.negate();
            }
            // exp's condition number is |x|, so the bound scales with it
            double tol = TOL * Math.max(1, Math.abs(x.hi()));
            assertRelative(DDMath.exp(x).bigDecimalValue(), dec(DfpMath.exp(dfp(x))), tol);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void logMatchesDfpIncludingNearOne(long seed) {
        Random r = new Random(seed);
        for (int k = 0; k < 50; k++) {
            DD x = random(r, r.nextInt(40) - 20);
            assertRelative(DDMath.log(x).bigDecimalValue(), dec(DfpMath.log(dfp(x))), TOL);
            DD nearOne = DD.ONE.add(random(r, -r.nextInt(25)));
            assertRelative(
                    DDMath.log(nearOne).bigDecimalValue(), dec(DfpMath.log(dfp(nearOne))), TOL);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void powMatchesDfp(long seed) {
        Random r = new Random(seed);
        DD fourThirds = DD.of(4).divide(DD.of(3));
        for (int k = 0; k < 50; k++) {
            DD x = random(r, r.nextInt(6) - 3);
            DD y = r.nextBoolean() ? fourThirds : random(r, 0).subtract(DD.of(0.5));
            Dfp expected = DfpMath.pow(dfp(x), dfp(y));
            double tol = TOL * Math.max(1, Math.abs(y.hi() * Math.log(x.hi())));
            assertRelative(DDMath.pow(x, y).bigDecimalValue(), dec(expected), tol);
            assertRelative(
                    DDMath.pow(x, 2.5).bigDecimalValue(),
                    dec(DfpMath.pow(dfp(x), F.newDfp(2.5))),
                    tol * 3);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {-3, 2, 5})
    void integerPowersServeNegativeBases(int n) {
        DD x = DD.of(-1).divide(DD.of(3));
        assertRelative(DDMath.pow(x, n).bigDecimalValue(), dec(DfpMath.pow(dfp(x), n)), TOL);
    }

    @ParameterizedTest
    @ValueSource(doubles = {800, -800})
    void expSaturates(double x) {
        assertThat(DDMath.exp(DD.of(x)).hi()).isEqualTo(x > 0 ? Double.POSITIVE_INFINITY : 0);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -1})
    void logOfNonPositive(double x) {
        double log = DDMath.log(DD.of(x)).hi();
        if (x == 0) {
            assertThat(log).isEqualTo(Double.NEGATIVE_INFINITY);
        } else {
            assertThat(log).isNaN();
        }
    }

    /**
     * sinh, cosh, tanh against Dfp at 120 digits, from tiny arguments (where e^x - e^-x would
     * cancel) through the switch at 1/2 to 40 and beyond; the bound scales with the conditioning
     * |x| of exp.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void hyperbolicFunctionsMatchDfp(long seed) {
        Random r = new Random(seed);
        for (int k = 0; k < 80; k++) {
            DD x = random(r, r.nextInt(12) - 9);
            if (k % 7 == 0) x = DD.of(0.5).add(random(r, -18)); // either side of the switch
            if (r.nextBoolean()) x = x.negate();
            Dfp xd = dfp(x);
            double tol = TOL * Math.max(1, Math.abs(x.hi()));
            assertRelative(DDMath.sinh(x).bigDecimalValue(), dec(xd.sinh()), tol);
            assertRelative(DDMath.cosh(x).bigDecimalValue(), dec(xd.cosh()), tol);
            assertRelative(DDMath.tanh(x).bigDecimalValue(), dec(xd.tanh()), tol);
        }
        for (double big : new double[] {39.5, 41, 300, -60}) {
            DD x = DD.of(big);
            assertRelative(DDMath.tanh(x).bigDecimalValue(), dec(dfp(x).tanh()), TOL);
        }
    }
}
