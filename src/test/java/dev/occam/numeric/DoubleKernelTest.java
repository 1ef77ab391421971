package dev.occam.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

/** The double tier must give exactly what the textbook loops on double[][] give. */
class DoubleKernelTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void gradientStepMatchesNaiveLoops(long seed) {
        Random r = new Random(seed);
        int m = 9;
        int n = 13;
        double[][] x = new double[m][n];
        double[] y = new double[m];
        double[] w = new double[n];
        for (int i = 0; i < m; i++) {
            y[i] = r.nextGaussian();
            for (int j = 0; j < n; j++) {
                x[i][j] = r.nextGaussian();
            }
        }
        for (int j = 0; j < n; j++) {
            w[j] = r.nextGaussian();
        }
        Tier t = Tiers.forDigits(16);
        Mat mat = t.matrix(x);
        Vec wv = t.of(w);
        Vec rv = t.zeros(m);
        Vec gv = t.zeros(n);
        mat.multiply(wv, rv);
        rv.axpy(-1.0, t.of(y));
        mat.multiplyTransposed(rv, gv);
        wv.axpy(-0.01, gv);

        double[] res = new double[m];
        for (int i = 0; i < m; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += x[i][j] * w[j];
            }
            res[i] = s + -1.0 * y[i];
        }
        double[] g = new double[n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                g[j] += x[i][j] * res[i];
            }
        }
        for (int j = 0; j < n; j++) {
            w[j] += -0.01 * g[j];
        }
        assertThat(rv.toDoubleArray()).containsExactly(res);
        assertThat(gv.toDoubleArray()).containsExactly(g);
        assertThat(wv.toDoubleArray()).containsExactly(w);
        double sq = 0;
        for (double v : res) {
            sq += v * v;
        }
        assertThat(rv.dot(rv).doubleValue()).isEqualTo(sq);
        assertThat(rv.distance(t.zeros(m))).isEqualTo(Math.sqrt(sq));
    }
}
