package dev.occam.certify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.numeric.RationalLinearAlgebra;
import dev.occam.numeric.SplitMix64;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;
import dev.occam.problem.LeastSquares;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Least-squares facts for a large X of doubles are upper bounds computed in floating point: checked
 * against the exact residual and the exact distance sqrt(r^T (X X^T)^-1 r), computed here in
 * rationals, at a double point and at a double-double point.
 */
class BinaryResidualsTest {
    private static final int N = 6, D = 1700; // 10,200 entries: the floating path

    @Test
    void residualAndRowDistanceAreTightUpperBounds() {
        SplitMix64 r = new SplitMix64(41);
        Value[][] x = new Value[N][D];
        BigFraction[][] xq = new BigFraction[N][D];
        for (int i = 0; i < N; i++)
            for (int j = 0; j < D; j++) {
                double v = r.nextGaussian();
                x[i][j] = Value.exact(v);
                xq[i][j] = new BigFraction(v);
            }
        Value[] y = new Value[N];
        BigFraction[] yq = new BigFraction[N];
        for (int i = 0; i < N; i++) {
            yq[i] = new BigFraction(r.nextGaussian()).divide(3); // not a double
            y[i] = Value.of(yq[i], Value.text(yq[i]));
        }
        LeastSquaresFacts facts = LeastSquaresFacts.of(new LeastSquares(x, y));
        assertThat(facts.spectrum()).contains("double Cholesky");
        for (int digits : new int[] {16, 32}) {
            Tier tier = Tier.forDigits(digits);
            double[] w = new double[D];
            for (int j = 0; j < D; j++) w[j] = 0.01 * r.nextGaussian();
            Vec point = tier.of(w);
            if (digits == 32) point.scale(tier.scalar(Value.of(new BigFraction(1, 3), "1/3")));
            BigFraction[] wq = new BigFraction[D];
            BigDecimal[] decimals = point.decimals();
            for (int j = 0; j < D; j++)
                wq[j] =
                        new BigFraction(
                                decimals[j].unscaledValue(),
                                BigDecimal.ONE
                                        .scaleByPowerOfTen(decimals[j].scale())
                                        .toBigInteger());
            BigFraction[] res = RationalLinearAlgebra.multiply(xq, wq);
            for (int i = 0; i < N; i++) res[i] = res[i].subtract(yq[i]);
            BigFraction rr = BigFraction.ZERO;
            for (BigFraction e : res) rr = rr.add(e.multiply(e));
            BigFraction[][] k =
                    RationalLinearAlgebra.multiply(xq, RationalLinearAlgebra.transpose(xq));
            BigFraction[] z = RationalLinearAlgebra.solve(k, res);
            BigFraction q = BigFraction.ZERO;
            for (int i = 0; i < N; i++) q = q.add(res[i].multiply(z[i]));
            double residual = Math.sqrt(rr.doubleValue());
            double distance = Math.sqrt(q.doubleValue());

            double rb = facts.residual(point), db = facts.rowDistance(point);
            assertThat(rb)
                    .as("residual bound, %d digits", digits)
                    .isGreaterThanOrEqualTo(residual * (1 - 1e-15))
                    .isLessThan(residual * (1 + 1e-12));
            assertThat(db)
                    .as("distance bound, %d digits", digits)
                    .isGreaterThanOrEqualTo(distance * (1 - 1e-15))
                    .isLessThan(distance * (1 + 1e-9));
            // the exact values are above the bounds' margin of 1e-15 only by double rounding of the
            // comparison: make sure the bound really is above the 80-digit exact value
            BigDecimal exactDistance =
                    new BigDecimal(q.getNumerator())
                            .divide(new BigDecimal(q.getDenominator()), new MathContext(80))
                            .sqrt(new MathContext(80));
            assertThat(new BigDecimal(db)).isGreaterThanOrEqualTo(exactDistance);
        }
    }
}
