package dev.occam.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Random;

/**
 * The four-row kernels of {@link DoubleKernels} against the plain loops, and the fixed-block
 * parallel path of {@link DoubleMat} against its definition: partial sums over {@link RowBlocks}
 * added in block order, the same bits at any thread count.
 */
class BlockedKernelTest {
    private final int savedThreads = KernelThreads.threads();

    @AfterEach
    void restoreThreads() {
        KernelThreads.set(savedThreads);
    }

    private static double[][] gaussian(Random random, int n, int d) {
        double[][] x = new double[n][d];
        for (double[] row : x) for (int j = 0; j < d; j++) row[j] = random.nextGaussian();
        return x;
    }

    private static double[] gaussian(Random random, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = random.nextGaussian();
        return v;
    }

    private static double[] plainMultiply(double[][] x, double[] w) {
        double[] o = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double s = 0;
            for (int j = 0; j < w.length; j++) s += x[i][j] * w[j];
            o[i] = s;
        }
        return o;
    }

    /** sum over rows from <= i < to of x_i r_i, added row by row. */
    private static double[] plainTransposed(double[][] x, double[] r, int from, int to) {
        double[] o = new double[x[0].length];
        for (int i = from; i < to; i++) for (int j = 0; j < o.length; j++) o[j] += x[i][j] * r[i];
        return o;
    }

    /** Every shape below the parallel threshold, remainders of the four-row loops included. */
    @ParameterizedTest
    @CsvSource({"1,1", "1,7", "3,5", "4,4", "5,3", "7,9", "8,1", "13,33", "64,10", "203,17"})
    void serialKernelsAreThePlainLoopsToTheBit(int n, int d) {
        Random random = new Random(n * 1000L + d);
        double[][] x = gaussian(random, n, d);
        double[] w = gaussian(random, d), y = gaussian(random, n);
        Tier t = Tiers.forDigits(16);
        Mat m = t.matrix(x);
        assertThat(RowBlocks.of(n, d).count()).isEqualTo(1);

        Vec r = t.zeros(n);
        m.multiply(t.of(w), r);
        assertThat(r.toDoubleArray()).containsExactly(plainMultiply(x, w));

        Vec g = t.zeros(d);
        m.multiplyTransposed(t.of(y), g);
        assertThat(g.toDoubleArray()).containsExactly(plainTransposed(x, y, 0, n));

        double[] residual = plainMultiply(x, w);
        for (int i = 0; i < n; i++) residual[i] -= y[i];
        Vec fusedR = t.zeros(n), fusedG = t.zeros(d);
        m.residualGradient(t.of(w), t.of(y), fusedR, fusedG);
        assertThat(fusedR.toDoubleArray()).containsExactly(residual);
        assertThat(fusedG.toDoubleArray()).containsExactly(plainTransposed(x, residual, 0, n));
    }

    /** The partial sums over the fixed blocks, added in block order: what the blocked path is. */
    private static double[] blockedTransposed(double[][] x, double[] r) {
        RowBlocks b = RowBlocks.of(x.length, x[0].length);
        double[] o = plainTransposed(x, r, b.start(0), b.start(1));
        for (int k = 1; k < b.count(); k++) {
            double[] p = plainTransposed(x, r, b.start(k), b.start(k + 1));
            for (int j = 0; j < o.length; j++) o[j] += p[j];
        }
        return o;
    }

    /**
     * Large shapes (wide, square-ish, tall and narrow): the same bits at 1, 2 and 3 threads, equal
     * to the block-order definition, and within the summation bound of the plain row-order loop:
     * two orders of the same n terms differ by at most 2 (n - 1) u sum_i |x_ij r_i| (u = 2^-53), to
     * first order.
     */
    @ParameterizedTest
    @CsvSource({"200,500", "300,300", "1000,100", "40000,2"})
    void blockedKernelsGiveTheSameBitsAtEveryThreadCount(int n, int d) {
        Random random = new Random(n * 7L + d);
        double[][] x = gaussian(random, n, d);
        double[] w = gaussian(random, d), y = gaussian(random, n);
        RowBlocks blocks = RowBlocks.of(n, d);
        assertThat(blocks.count()).isGreaterThan(2);
        Tier t = Tiers.forDigits(16);
        Mat m = t.matrix(x);

        double[] residual = plainMultiply(x, w);
        for (int i = 0; i < n; i++) residual[i] -= y[i];
        double[] expected = blockedTransposed(x, residual);
        double[] rowOrder = plainTransposed(x, residual, 0, n);
        for (int j = 0; j < d; j++) {
            double magnitude = 0;
            for (int i = 0; i < n; i++) magnitude += Math.abs(x[i][j] * residual[i]);
            assertThat(Math.abs(expected[j] - rowOrder[j]))
                    .isLessThanOrEqualTo(2.0 * (n - 1) * 0x1p-53 * magnitude * 1.01);
        }
        for (int threads : new int[] {1, 2, 3}) {
            KernelThreads.set(threads);
            Vec r = t.zeros(n), g = t.zeros(d), h = t.zeros(d);
            m.multiply(t.of(w), r);
            assertThat(r.toDoubleArray())
                    .as("X w at %d threads", threads)
                    .containsExactly(plainMultiply(x, w));
            m.residualGradient(t.of(w), t.of(y), r, g);
            assertThat(r.toDoubleArray()).containsExactly(residual);
            assertThat(g.toDoubleArray())
                    .as("fused at %d threads", threads)
                    .containsExactly(expected);
            m.multiplyTransposed(t.of(residual), h);
            assertThat(h.toDoubleArray())
                    .as("X^T r at %d threads", threads)
                    .containsExactly(expected);
        }
    }

    /**
     * The test above can see a partition that moved: on its data another split (here: twice as many
     * blocks, as a partition that grew with the thread count would be) changes the bits.
     */
    @Test
    void anotherPartitionWouldChangeTheBits() {
        Random random = new Random(300 * 7L + 300);
        double[][] x = gaussian(random, 300, 300);
        double[] r = gaussian(random, 300);
        RowBlocks fixed = RowBlocks.of(300, 300);
        double[] o = blockedTransposed(x, r);
        double[] other = new double[300];
        RowBlocks doubled = new RowBlocks(300, 2 * fixed.count());
        for (int k = 0; k < doubled.count(); k++) {
            double[] p = plainTransposed(x, r, doubled.start(k), doubled.start(k + 1));
            for (int j = 0; j < 300; j++) other[j] = k == 0 ? p[j] : other[j] + p[j];
        }
        assertThat(other).isNotEqualTo(o);
    }

    @Test
    void blocksDependOnTheShapeOnly() {
        assertThat(RowBlocks.of(200, 300).count()).isEqualTo(1); // 60,000 entries: serial
        RowBlocks b = RowBlocks.of(1000, 100);
        assertThat(b.start(0)).isZero();
        assertThat(b.start(b.count())).isEqualTo(1000);
        for (int k = 0; k < b.count(); k++)
            assertThat(b.start(k + 1) - b.start(k)).isGreaterThanOrEqualTo(RowBlocks.MIN_ROWS);
    }
}
