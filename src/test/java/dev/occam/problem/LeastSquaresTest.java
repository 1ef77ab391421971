package dev.occam.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;

/** L(w) = sum (x_i.w - y_i)^2 and its gradient 2 X^T (Xw - y), against loops written here. */
class LeastSquaresTest {
    private static final MathContext MC = new MathContext(80);

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void doubleTierMatchesAHandWrittenLoop(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = r.nextInt(1, 6), d = r.nextInt(n + 1, 11);
        double[][] x = new double[n][d];
        double[] y = new double[n];
        double[] w = new double[d];
        for (int i = 0; i < n; i++) for (int j = 0; j < d; j++) x[i][j] = r.nextDouble(-3, 3);
        for (int i = 0; i < n; i++) y[i] = r.nextDouble(-3, 3);
        for (int j = 0; j < d; j++) w[j] = r.nextDouble(-3, 3);
        LeastSquares ls = new LeastSquares(values(x), values(y));
        assertThat(ls.dimension()).isEqualTo(d);
        assertThat(ls.rows()).isEqualTo(n);
        assertThat(ls.kind()).isEqualTo("least-squares");

        double[] res = new double[n];
        double loss = 0;
        for (int i = 0; i < n; i++) {
            double s = -y[i];
            for (int j = 0; j < d; j++) s += x[i][j] * w[j];
            res[i] = s;
            loss += s * s;
        }
        double[] grad = new double[d];
        for (int j = 0; j < d; j++) for (int i = 0; i < n; i++) grad[j] += 2 * x[i][j] * res[i];

        Tier tier = Tier.forDigits(16);
        Objective obj = ls.objective(tier);
        assertThat(obj.dimension()).isEqualTo(d);
        assertThat(obj.tier()).isSameAs(tier);
        Vec wv = tier.of(w);
        Vec g = tier.of(new double[d]);
        // twice: scratch state must not leak between calls
        for (int rep = 0; rep < 2; rep++) {
            assertThat(obj.loss(wv).doubleValue())
                    .isCloseTo(loss, Offset.offset(1e-12 * Math.max(1, loss)));
            obj.gradient(wv, g);
            double gs = 0;
            for (double v : grad) gs = Math.max(gs, Math.abs(v));
            for (int j = 0; j < d; j++)
                assertThat(g.get(j)).isCloseTo(grad[j], Offset.offset(1e-12 * Math.max(1, gs)));
        }
        // the input w is untouched
        assertThat(wv.toDoubleArray()).containsExactly(w);
    }

    @ParameterizedTest
    @ValueSource(ints = {32, 50})
    void highTiersMatchBigDecimal(int digits) {
        SplittableRandom r = new SplittableRandom(digits);
        int n = 3, d = 7;
        BigDecimal[][] x = new BigDecimal[n][];
        for (int i = 0; i < n; i++) x[i] = TierChecks.random(r, d, -3, 3, 0);
        BigDecimal[] y = TierChecks.random(r, n, -3, 3, 0);
        BigDecimal[] w = TierChecks.random(r, d, -3, 3, 0);
        Value[][] xv = new Value[n][];
        for (int i = 0; i < n; i++) xv[i] = irrational(x[i]);
        Tier tier = Tier.forDigits(digits);
        Objective obj = new LeastSquares(xv, irrational(y)).objective(tier);
        Vec wv = tier.of(w);
        // reference from the tier's own rounding of the inputs, so only the arithmetic is compared
        BigDecimal[] wt = wv.decimals();
        BigDecimal[][] xt = new BigDecimal[n][];
        for (int i = 0; i < n; i++) xt[i] = tier.of(x[i]).decimals();
        BigDecimal[] yt = tier.of(y).decimals();
        BigDecimal[] res = new BigDecimal[n];
        BigDecimal loss = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            BigDecimal s = yt[i].negate();
            for (int j = 0; j < d; j++) s = s.add(xt[i][j].multiply(wt[j], MC), MC);
            res[i] = s;
            loss = loss.add(s.multiply(s, MC), MC);
        }
        double tol = digits == 32 ? 1e-30 : 1e-45;
        BigDecimal got = obj.loss(wv).decimal();
        assertThat(got.subtract(loss).abs().divide(loss, MC).doubleValue()).isLessThan(tol);
        Vec g = tier.zeros(d);
        obj.gradient(wv, g);
        BigDecimal scale = BigDecimal.ZERO;
        BigDecimal[] grad = new BigDecimal[d];
        for (int j = 0; j < d; j++) {
            BigDecimal s = BigDecimal.ZERO;
            for (int i = 0; i < n; i++)
                s = s.add(xt[i][j].multiply(res[i], MC).multiply(BigDecimal.valueOf(2)), MC);
            grad[j] = s;
            scale = scale.max(s.abs());
        }
        for (int j = 0; j < d; j++) {
            assertThat(g.decimal(j).subtract(grad[j]).abs().divide(scale, MC).doubleValue())
                    .as("g[%d]", j)
                    .isLessThan(tol);
        }
    }

    @Test
    void zeroAtAnInterpolant() {
        // w = (1, 2, 0) solves [[1,1,1],[1,2,0]] w = [3, 5]
        Value[][] x = {
            {Value.of(1), Value.of(1), Value.of(1)}, {Value.of(1), Value.of(2), Value.of(0)}
        };
        Value[] y = {Value.of(3), Value.of(5)};
        Tier tier = Tier.forDigits(40);
        Objective obj = new LeastSquares(x, y).objective(tier);
        Vec w = tier.of(new double[] {1, 2, 0});
        assertThat(obj.loss(w).signum()).isZero();
        Vec g = tier.of(new double[] {9, 9, 9});
        obj.gradient(w, g);
        assertThat(g.toDoubleArray()).containsOnly(0.0);
        // one unit off in w_3: residuals (1, 0), loss 1, gradient 2 * (1, 1, 1)
        w = tier.of(new double[] {1, 2, 1});
        assertThat(obj.loss(w).doubleValue()).isEqualTo(1.0);
        obj.gradient(w, g);
        assertThat(g.toDoubleArray()).containsExactly(2, 2, 2);
    }

    static Value[][] values(double[][] m) {
        Value[][] out = new Value[m.length][];
        for (int i = 0; i < m.length; i++) out[i] = values(m[i]);
        return out;
    }

    static Value[] values(double[] v) {
        Value[] out = new Value[v.length];
        for (int i = 0; i < v.length; i++)
            out[i] = Value.irrational(new BigDecimal(v[i]), Double.toString(v[i]));
        return out;
    }

    static Value[] irrational(BigDecimal[] v) {
        Value[] out = new Value[v.length];
        for (int i = 0; i < v.length; i++) out[i] = Value.irrational(v[i], v[i].toString());
        return out;
    }
}
