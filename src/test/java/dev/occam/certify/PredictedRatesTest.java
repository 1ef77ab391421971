package dev.occam.certify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.occam.algorithm.Algorithm;
import dev.occam.algorithm.GradientDescent;
import dev.occam.algorithm.MirrorDescent;
import dev.occam.algorithm.Momentum;
import dev.occam.algorithm.Nesterov;
import dev.occam.algorithm.Runner;
import dev.occam.algorithm.StepSize;
import dev.occam.algorithm.Trajectory;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.problem.LeastSquares;
import dev.occam.problem.Objective;
import dev.occam.problem.Quadratic;

import org.hipparchus.complex.Complex;
import org.hipparchus.fraction.BigFraction;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.EigenDecompositionNonSymmetric;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;

/** Predicted contraction factors against independent spectral computations, and against runs. */
class PredictedRatesTest {

    private static double[][] gaussian(long seed, int rows, int cols) {
        Random r = new Random(seed);
        double[][] x = new double[rows][cols];
        for (double[] row : x) for (int j = 0; j < cols; j++) row[j] = r.nextGaussian();
        return x;
    }

    private static LeastSquares problem(double[][] x, double[] y) {
        Value[][] xv = new Value[x.length][];
        for (int i = 0; i < x.length; i++) {
            xv[i] = new Value[x[i].length];
            for (int j = 0; j < x[i].length; j++)
                xv[i][j] = Value.of(new BigFraction(x[i][j]), Double.toString(x[i][j]));
        }
        Value[] yv = new Value[y.length];
        for (int i = 0; i < y.length; i++)
            yv[i] = Value.of(new BigFraction(y[i]), Double.toString(y[i]));
        return new LeastSquares(xv, yv);
    }

    /** Eigenvalues of X X^T: the squared nonzero singular values of a full-row-rank X. */
    private static double[] eigenvaluesOfXXt(double[][] x) {
        RealMatrix m = new Array2DRowRealMatrix(x);
        return new EigenDecompositionSymmetric(m.multiply(m.transpose())).getEigenvalues();
    }

    private static double lambdaMax(double[][] x) {
        double m = 0;
        for (double l : eigenvaluesOfXXt(x)) m = Math.max(m, l);
        return m;
    }

    /** Spectral radius of [[a, b], [1, 0]], the companion matrix of e_{t+1} = a e_t + b e_{t-1}. */
    private static double companionRadius(double a, double b) {
        Complex[] ev =
                new EigenDecompositionNonSymmetric(
                                new Array2DRowRealMatrix(new double[][] {{a, b}, {1, 0}}))
                        .getEigenvalues();
        double r = 0;
        for (Complex z : ev) r = Math.max(r, z.norm());
        return r;
    }

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (long seed : new long[] {1, 2, 3}) {
            for (double fraction : new double[] {0.05, 0.3, 0.49, 0.9, 1.3}) {
                for (double beta : new double[] {0, 0.3, 0.8})
                    b.add(Arguments.of(seed, fraction, beta));
            }
        }
        return b.build();
    }

    /** eta = fraction / lambda_max: 1 is GD's stability threshold (Hessian 2 X^T X). */
    @ParameterizedTest(name = "seed {0}, eta = {1}/lambda_max, beta {2}")
    @MethodSource("cases")
    void predictedContractionsMatchTheSpectrum(long seed, double fraction, double beta) {
        double[][] x = gaussian(seed, 3, 6);
        LeastSquares ls = problem(x, new double[] {1, 2, 3});
        double eta = fraction / lambdaMax(x);
        StepSize step = StepSize.constant(eta, "eta");
        double gd = 0, hb = 0, nag = 0;
        for (double lambda : eigenvaluesOfXXt(x)) {
            double mu = 2 * eta * lambda;
            gd = Math.max(gd, Math.abs(1 - mu));
            hb = Math.max(hb, companionRadius(1 + beta - mu, -beta));
            nag = Math.max(nag, companionRadius((1 + beta) * (1 - mu), -beta * (1 - mu)));
        }
        // at critical damping the companion matrix has a double root, which an eigen solver finds
        // to sqrt(eps)
        double tol = 1e-7;
        assertThat(PredictedRates.contraction(new GradientDescent(step), ls))
                .isCloseTo(gd, within(1e-12));
        assertThat(PredictedRates.contraction(new Momentum(step, beta), ls))
                .isCloseTo(hb, within(tol));
        assertThat(PredictedRates.contraction(new Nesterov(step, beta), ls))
                .isCloseTo(nag, within(tol));
        if (beta == 0) {
            assertThat(PredictedRates.contraction(new Momentum(step, 0), ls))
                    .isCloseTo(gd, within(1e-12));
        }
    }

    @Test
    void noPredictionWithoutATheory() {
        LeastSquares ls = problem(gaussian(1, 2, 4), new double[] {1, 2});
        StepSize schedule =
                new StepSize() {
                    @Override
                    public double at(long t) {
                        return 0.01 / (t + 1);
                    }

                    @Override
                    public String describe() {
                        return "0.01/(t+1)";
                    }
                };
        assertThat(PredictedRates.contraction(new GradientDescent(schedule), ls)).isNaN();
        MirrorDescent md = new MirrorDescent(StepSize.constant(0.01, "0.01"), null);
        assertThat(PredictedRates.contraction(md, ls)).isNaN();
    }

    static Stream<Arguments> runs() {
        return Stream.of(
                Arguments.of("gd", 0.0, 0.3),
                Arguments.of("gd", 0.0, 0.9),
                Arguments.of("momentum", 0.3, 0.3),
                Arguments.of(
                        "momentum",
                        0.8,
                        0.3), // underdamped: the distance oscillates under its envelope
                Arguments.of("nesterov", 0.3, 0.3),
                Arguments.of("nesterov", 0.8, 0.2));
    }

    /**
     * The measured contraction of a real run (distance to the interpolant over a long span) is the
     * predicted one.
     */
    @ParameterizedTest(name = "{0}, beta {1}, eta = {2}/lambda_max")
    @MethodSource("runs")
    void aRunContractsAtThePredictedRate(String method, double beta, double fraction) {
        double[][] x = gaussian(5, 3, 6);
        double[] y = {1, -1, 2};
        LeastSquares ls = problem(x, y);
        double eta = fraction / lambdaMax(x);
        StepSize step = StepSize.constant(eta, "eta");
        Algorithm a =
                switch (method) {
                    case "gd" -> new GradientDescent(step);
                    case "momentum" -> new Momentum(step, beta);
                    default -> new Nesterov(step, beta);
                };
        double predicted = PredictedRates.contraction(a, ls);
        assertThat(predicted).isLessThan(1);

        Tier tier = Tier.forDigits(32);
        Objective objective = ls.objective(tier);
        Trajectory t =
                new Runner(2_000_000, Duration.ofSeconds(60))
                        .run(a.start(objective, tier.zeros(6)), objective, f -> {});
        assertThat(t.stopped()).isEqualTo(Trajectory.FLOOR);

        // the min-norm interpolant X^T (X X^T)^-1 y (start 0), by Hipparchus
        RealMatrix xm = new Array2DRowRealMatrix(x);
        RealVector limit =
                xm.transpose()
                        .operate(
                                new LUDecomposition(xm.multiply(xm.transpose()))
                                        .getSolver()
                                        .solve(new ArrayRealVector(y)));
        // envelope of the distance over two windows well above double-double rounding
        double[] d = new double[t.samples().size()];
        long[] ts = new long[d.length];
        for (int i = 0; i < d.length; i++) {
            ts[i] = t.samples().get(i).t();
            double[] w = t.samples().get(i).iterate().toDoubleArray();
            double s = 0;
            for (int j = 0; j < w.length; j++)
                s += (w[j] - limit.getEntry(j)) * (w[j] - limit.getEntry(j));
            d[i] = Math.sqrt(s);
        }
        // the first and last sample with distance in [1e-20, 1e-3] (double's reference limit limits
        // us to ~1e-14 anyway)
        int i1 = -1, i2 = -1;
        for (int i = 0; i < d.length; i++) {
            if (d[i] <= 1e-3 && d[i] >= 1e-12) {
                if (i1 < 0) i1 = i;
                i2 = i;
            }
        }
        assertThat(i2 - i1).isGreaterThanOrEqualTo(3);
        double measured = Math.pow(d[i2] / d[i1], 1.0 / (ts[i2] - ts[i1]));
        // compare rates -log r, as the claims do; oscillation under the envelope costs a few
        // percent
        assertThat(Math.log(measured) / Math.log(predicted))
                .as("measured %s, predicted %s", measured, predicted)
                .isCloseTo(1, within(0.1));

        // and the proved bound on the rest of the run covers what the run still had to go
        TailBound own = TailBounds.of(a, t, LeastSquaresFacts.of(ls));
        assertThat(own.evidence()).isEqualTo(Evidence.PROVED_BOUND);
        double[] last = t.last().toDoubleArray();
        double left = 0;
        for (int j = 0; j < last.length; j++)
            left += (last[j] - limit.getEntry(j)) * (last[j] - limit.getEntry(j));
        assertThat(own.bound()).isGreaterThanOrEqualTo(Math.sqrt(left) - 1e-14);
    }

    /**
     * On a quadratic the modes are A's nonzero eigenvalues with no factor 2. A = [[2, 1], [1, 2]]
     * (eigenvalues 1, 3): GD at eta = 1/2 contracts by max(|1 - 1/2|, |1 - 3/2|) = 1/2; heavy ball
     * with beta = 1/4 at eta = 1/4 has (z - 1/2)^2 at mu = 1/4 and z^2 - z/2 + 1/4 (modulus 1/2) at
     * mu = 3/4. The singular A = [[1, 1], [1, 1]] (eigenvalues 0, 2) at eta = 1/4: the zero mode is
     * never excited, so |1 - 1/2| = 1/2, not |1 - 0| = 1.
     */
    @Test
    void quadraticsContractOverTheNonzeroEigenvaluesOfA() {
        Value[][] a = {{Value.of(2), Value.of(1)}, {Value.of(1), Value.of(2)}};
        Quadratic q = Quadratic.of(a, new Value[] {Value.of(-1), Value.of(0)});
        assertThat(
                        PredictedRates.contraction(
                                new GradientDescent(StepSize.constant(0.5, "1/2")), q))
                .isCloseTo(0.5, within(1e-15));
        assertThat(
                        PredictedRates.contraction(
                                new Momentum(StepSize.constant(0.25, "1/4"), 0.25), q))
                .isCloseTo(0.5, within(1e-7));
        Value[][] singular = {{Value.of(1), Value.of(1)}, {Value.of(1), Value.of(1)}};
        Quadratic s = Quadratic.of(singular, new Value[] {Value.of(-1), Value.of(-1)});
        assertThat(
                        PredictedRates.contraction(
                                new GradientDescent(StepSize.constant(0.25, "1/4")), s))
                .isCloseTo(0.5, within(1e-15));
    }
}
