package dev.occam.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.numeric.ElementFunction;
import dev.occam.numeric.QuadDouble;

import org.apache.commons.numbers.core.DD;
import org.assertj.core.data.Offset;
import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The bracketed Newton inverse on maps written by hand (no Symja), against closed forms in
 * BigDecimal.
 */
class NumericInverseTest {
    private static final MathContext MC = new MathContext(80);

    /** phi(x) = x^2/2 - log x on x > 0: phi'(x) = x - 1/x (range all of R), phi'' = 1 + 1/x^2. */
    static final ElementFunction X_MINUS_RECIPROCAL =
            new ElementFunction() {
                public double apply(double x) {
                    return x - 1 / x;
                }

                public DD apply(DD x) {
                    return x.subtract(x.reciprocal());
                }

                public Dfp apply(Dfp x) {
                    return x.subtract(x.reciprocal());
                }
            };

    static final ElementFunction ONE_PLUS_INVERSE_SQUARE =
            new ElementFunction() {
                public double apply(double x) {
                    return 1 + 1 / (x * x);
                }

                public DD apply(DD x) {
                    return x.square().reciprocal().add(1);
                }

                public Dfp apply(Dfp x) {
                    return x.multiply(x).reciprocal().add(1);
                }
            };

    /** phi(x) = x^4/12 + x^2/2 on R: phi'(x) = x^3/3 + x, phi'' = x^2 + 1. */
    static final ElementFunction CUBIC =
            new ElementFunction() {
                public double apply(double x) {
                    return x * x * x / 3 + x;
                }

                public DD apply(DD x) {
                    return x.pow(3).divide(3).add(x);
                }

                public Dfp apply(Dfp x) {
                    return x.multiply(x).multiply(x).divide(3).add(x);
                }
            };

    static final ElementFunction CUBIC_PRIME =
            new ElementFunction() {
                public double apply(double x) {
                    return x * x + 1;
                }

                public DD apply(DD x) {
                    return x.square().add(1);
                }

                public Dfp apply(Dfp x) {
                    return x.multiply(x).add(1);
                }
            };

    /** phi(x) = -log x on x > 0: phi'(x) = -1/x has range (-inf, 0). */
    static final ElementFunction MINUS_RECIPROCAL =
            new ElementFunction() {
                public double apply(double x) {
                    return -1 / x;
                }

                public DD apply(DD x) {
                    return x.reciprocal().negate();
                }

                public Dfp apply(Dfp x) {
                    return x.reciprocal().negate();
                }
            };

    static final ElementFunction INVERSE_SQUARE =
            new ElementFunction() {
                public double apply(double x) {
                    return 1 / (x * x);
                }

                public DD apply(DD x) {
                    return x.square().reciprocal();
                }

                public Dfp apply(Dfp x) {
                    return x.multiply(x).reciprocal();
                }
            };

    /** The positive root of x^2 - y x - 1 = 0: (y + sqrt(y^2 + 4)) / 2, in 80 digits. */
    static BigDecimal xMinusReciprocalInverse(BigDecimal y) {
        return y.add(y.multiply(y).add(BigDecimal.valueOf(4)).sqrt(MC))
                .divide(BigDecimal.valueOf(2), MC);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1e6, -300, -7.25, -1, -1e-9, 0, 1e-9, 0.3, 1, 2.5, 40, 1e6})
    void positiveDomainInverseInEveryTier(double yd) {
        NumericInverse inv = new NumericInverse(X_MINUS_RECIPROCAL, ONE_PLUS_INVERSE_SQUARE, true);
        BigDecimal y = new BigDecimal(yd);
        BigDecimal exact = xMinusReciprocalInverse(y);

        double x = inv.apply(yd);
        assertThat(Math.abs(x - exact.doubleValue()) / exact.doubleValue())
                .as("double at y = %s", yd)
                .isLessThan(1e-15);

        // a y with a nonzero low part
        DD ydd = DD.of(yd).add(DD.of(Math.ulp(yd == 0 ? 1e-300 : yd) / 3));
        BigDecimal yLong = ydd.bigDecimalValue();
        BigDecimal exactLong = xMinusReciprocalInverse(yLong);
        BigDecimal gotDD = inv.apply(ydd).bigDecimalValue();
        assertThat(gotDD.subtract(exactLong).abs().divide(exactLong, MC).doubleValue())
                .as("DD at y = %s", yd)
                .isLessThan(1e-30);

        DfpField field = new DfpField(50);
        Dfp yDfp = field.newDfp(yLong.toString()).add(field.newDfp("1e-40"));
        BigDecimal exactDfp = xMinusReciprocalInverse(new BigDecimal(yDfp.toString()));
        BigDecimal gotDfp = new BigDecimal(inv.apply(yDfp).toString());
        assertThat(gotDfp.subtract(exactDfp).abs().divide(exactDfp, MC).doubleValue())
                .as("Dfp at y = %s", yd)
                .isLessThan(1e-45);

        // quad-double, y with a component below double-double's
        double[] q = new double[4];
        QuadDouble.of(
                yLong.add(new BigDecimal("1e-40").multiply(yLong.abs().max(BigDecimal.ONE))), q, 0);
        BigDecimal exactQuad = xMinusReciprocalInverse(QuadDouble.decimal(q, 0));
        inv.applyQuadDouble(q, 0, q, 0, new double[ElementFunction.QUAD_DOUBLE_SCRATCH]);
        assertThat(
                        QuadDouble.decimal(q, 0)
                                .subtract(exactQuad)
                                .abs()
                                .divide(exactQuad, MC)
                                .doubleValue())
                .as("quad-double at y = %s", yd)
                .isLessThan(1e-60);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1e9, -1e3, -2, -1e-3, 0, 1e-7, 0.75, 5, 1e3, 1e9})
    void wholeLineInverseMatchesCardanoInHighPrecision(double yd) {
        NumericInverse inv = new NumericInverse(CUBIC, CUBIC_PRIME, false);
        DfpField field = new DfpField(80);
        double x = inv.apply(yd);
        // check the defining equation in 80 digits instead of a closed form: |phi'(x) - y| /
        // phi''(x) is the error in x
        Dfp xd = field.newDfp(x);
        Dfp err = CUBIC.apply(xd).subtract(field.newDfp(yd)).divide(CUBIC_PRIME.apply(xd)).abs();
        assertThat(err.toDouble())
                .as("double at y = %s", yd)
                .isLessThanOrEqualTo(1.5 * Math.ulp(x));

        DD yDD = DD.of(yd).add(DD.of(Math.ulp(yd == 0 ? 1 : yd) / 7));
        DD xDD = inv.apply(yDD);
        Dfp xx = field.newDfp(xDD.bigDecimalValue().toString());
        Dfp yy = field.newDfp(yDD.bigDecimalValue().toString());
        Dfp errDD = CUBIC.apply(xx).subtract(yy).divide(CUBIC_PRIME.apply(xx)).abs();
        assertThat(errDD.toDouble())
                .as("DD at y = %s", yd)
                .isLessThanOrEqualTo(1e-30 * Math.max(Math.abs(xx.toDouble()), 1e-300));

        DfpField f50 = new DfpField(50);
        Dfp y50 = f50.newDfp(yd).add(f50.newDfp("1e-37"));
        Dfp x50 = inv.apply(y50);
        Dfp x80 = field.newDfp(x50.toString());
        Dfp y80 = field.newDfp(y50.toString());
        Dfp err50 = CUBIC.apply(x80).subtract(y80).divide(CUBIC_PRIME.apply(x80)).abs();
        assertThat(err50.toDouble())
                .as("Dfp at y = %s", yd)
                .isLessThanOrEqualTo(1e-45 * Math.max(Math.abs(x80.toDouble()), 1e-30));
    }

    @Test
    void outsideTheRangeIsNaN() {
        NumericInverse inv = new NumericInverse(MINUS_RECIPROCAL, INVERSE_SQUARE, true);
        assertThat(inv.apply(-4.0)).isCloseTo(0.25, Offset.offset(1e-16));
        assertThat(inv.apply(1.0)).isNaN();
        assertThat(inv.apply(DD.of(1.0)).isFinite()).isFalse();
        assertThat(inv.apply(new DfpField(40).newDfp(1)).isNaN()).isTrue();
        double[] q = new double[4];
        QuadDouble.set(q, 0, 1);
        inv.applyQuadDouble(q, 0, q, 0, new double[ElementFunction.QUAD_DOUBLE_SCRATCH]);
        assertThat(q[0]).isNaN();
    }
}
