package dev.occam.numeric;

import static dev.occam.numeric.Exact.assertRelative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.dfp.DfpMath;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

/** Scalar arithmetic and functions of each tier against 140-digit Dfp on the exact argument 2/7. */
class ScalarTest {
    private static final DfpField F = new DfpField(140);
    private static final Dfp X = F.newDfp(2).divide(F.newDfp(7));

    private static BigDecimal dec(Dfp x) {
        return new BigDecimal(x.toString());
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 32, 50, 62, 63, 100})
    void functionsAreAccurateToTheTier(int digits) {
        Tier t = Tiers.forDigits(digits);
        Scalar x = t.scalar(Value.of(new BigFraction(2, 7), "2/7"));
        double tol = 8 * t.epsilon();
        assertRelative(x.sqrt().decimal(), dec(X.sqrt()), tol);
        assertRelative(x.exp().decimal(), dec(DfpMath.exp(X)), tol);
        assertRelative(x.log().decimal(), dec(DfpMath.log(X)), tol);
        assertRelative(x.pow(2.5).decimal(), dec(DfpMath.pow(X, F.newDfp(2.5))), tol);
        assertRelative(x.pow(-3).decimal(), dec(DfpMath.pow(X, -3)), tol);
        Scalar fourThirds = t.scalar(Value.of(new BigFraction(4, 3), "4/3"));
        assertRelative(
                x.pow(fourThirds).decimal(),
                dec(DfpMath.pow(X, F.newDfp(4).divide(F.newDfp(3)))),
                tol);
        Scalar y = t.scalar(0.75);
        Dfp yd = F.newDfp(0.75);
        assertRelative(x.add(y).decimal(), dec(X.add(yd)), tol);
        assertRelative(x.subtract(y).decimal(), dec(X.subtract(yd)), tol);
        assertRelative(x.multiply(y).decimal(), dec(X.multiply(yd)), tol);
        assertRelative(x.divide(y).decimal(), dec(X.divide(yd)), tol);
        assertRelative(x.multiply(3.0).decimal(), dec(X.multiply(3)), tol);
        assertThat(x.negate().signum()).isEqualTo(-1);
        assertThat(x.subtract(x).signum()).isZero();
        assertThat(x.tier()).isSameAs(t);
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 32, 50, 80})
    void tiersDoNotMix(int digits) {
        Tier t = Tiers.forDigits(digits);
        Tier other = Tiers.forDigits(digits == 80 ? 90 : 80);
        assertThatThrownBy(() -> t.scalar(1).add(other.scalar(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t.zeros(2).axpy(1.0, other.zeros(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
