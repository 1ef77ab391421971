package dev.occam.prediction;

import static dev.occam.prediction.TestAlgebra.values;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.numeric.Value;
import dev.occam.problem.LeastSquares;

import org.assertj.core.data.Offset;
import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.dfp.DfpMath;
import org.hipparchus.fraction.BigFraction;
import org.hipparchus.linear.Array2DRowFieldMatrix;
import org.hipparchus.linear.ArrayFieldVector;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.FieldLUDecomposition;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleValueChecker;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.hipparchus.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * l_p minimum-distance interpolants: residuals in BigDecimal, optimality by weak duality in Dfp
 * with multipliers fitted here, and agreement with a primal null-space solve in double (Hipparchus
 * conjugate gradient, polished by Newton steps written here).
 */
class MinDistanceInterpolantLpTest {
    private static final int DIGITS = 34;
    private static final DfpField FIELD = new DfpField(80);

    static Stream<Arguments> cases() {
        return Stream.of(new BigFraction(4, 3), new BigFraction(3, 2), new BigFraction(3))
                .flatMap(p -> LongStream.rangeClosed(1, 8).mapToObj(seed -> Arguments.of(p, seed)));
    }

    record Instance(BigFraction[][] x, BigFraction[] y, BigFraction[] w0) {
        static Instance random(long seed) {
            SplittableRandom r = new SplittableRandom(seed);
            int n = r.nextInt(1, 4);
            int d = r.nextInt(n + 1, 7);
            BigFraction[] w0 = r.nextBoolean() ? TestAlgebra.randomNonZeroVector(r, d) : zeros(d);
            BigFraction[] y = TestAlgebra.randomNonZeroVector(r, n);
            return new Instance(TestAlgebra.randomFullRowRank(r, n, d), y, w0);
        }
    }

    static BigFraction[] zeros(int d) {
        BigFraction[] z = new BigFraction[d];
        Arrays.fill(z, BigFraction.ZERO);
        return z;
    }

    static Value value(BigFraction p) {
        return Value.of(p, p.toString());
    }

    @ParameterizedTest(name = "p = {0}, seed {1}")
    @MethodSource("cases")
    void feasibleAndOptimalByWeakDuality(BigFraction pf, long seed) {
        Instance in = Instance.random(seed);
        Prediction pr =
                MinDistanceInterpolant.lp(value(pf))
                        .predict(
                                new LeastSquares(values(in.x()), values(in.y())),
                                values(in.w0()),
                                DIGITS);
        assertThat(pr.unmet()).isNull();
        BigDecimal[] w = pr.value();

        // ||Xw - y|| in exact BigDecimal arithmetic (X, y rational -> scale by denominators is
        // unnecessary: use 100 digits)
        MathContext mc = new MathContext(100);
        BigDecimal res2 = BigDecimal.ZERO;
        for (int i = 0; i < in.x().length; i++) {
            BigDecimal s = BigDecimal.ZERO;
            for (int j = 0; j < w.length; j++)
                s = s.add(TestAlgebra.decimal(in.x()[i][j], 100).multiply(w[j], mc), mc);
            BigDecimal r = s.subtract(TestAlgebra.decimal(in.y()[i], 100), mc);
            res2 = res2.add(r.multiply(r, mc), mc);
        }
        assertThat(res2.sqrt(mc)).isLessThan(new BigDecimal("1e-30"));

        // weak duality: for ANY lambda, (1/p)||u||_p^p >= lambda.b - (1/q)||X^T lambda||_q^q when
        // Xu = b.
        double gap = dualityGap(in, w, pf);
        assertThat(gap).isLessThan(1e-28).isGreaterThan(-1e-28);
        // the certificate reports a tiny gap too
        String cert = pr.certificate().get("duality gap of min (1/p)||u||_p^p");
        assertThat(new BigDecimal(cert).abs()).isLessThan(new BigDecimal("1e-30"));
    }

    /**
     * Gap between the primal value at u = w - w0 and the dual value at the least-squares
     * multipliers of grad psi(u).
     */
    static double dualityGap(Instance in, BigDecimal[] w, BigFraction pf) {
        int n = in.x().length, d = w.length;
        Dfp p = dfp(pf);
        Dfp one = FIELD.getOne();
        Dfp q = p.divide(p.subtract(one));
        Dfp[][] x = new Dfp[n][d];
        for (int i = 0; i < n; i++) for (int j = 0; j < d; j++) x[i][j] = dfp(in.x()[i][j]);
        Dfp[] u = new Dfp[d];
        for (int j = 0; j < d; j++) u[j] = FIELD.newDfp(w[j].toString()).subtract(dfp(in.w0()[j]));
        Dfp[] b = new Dfp[n];
        for (int i = 0; i < n; i++) {
            b[i] = dfp(in.y()[i]);
            for (int j = 0; j < d; j++) b[i] = b[i].subtract(x[i][j].multiply(dfp(in.w0()[j])));
        }
        Dfp[] g = new Dfp[d];
        for (int j = 0; j < d; j++) g[j] = signedPow(u[j], p.subtract(one));
        // lambda = (X X^T)^{-1} X g
        Dfp[][] gram = new Dfp[n][n];
        Dfp[] xg = new Dfp[n];
        for (int i = 0; i < n; i++) {
            xg[i] = FIELD.getZero();
            for (int j = 0; j < d; j++) xg[i] = xg[i].add(x[i][j].multiply(g[j]));
            for (int k = 0; k < n; k++) {
                gram[i][k] = FIELD.getZero();
                for (int j = 0; j < d; j++) gram[i][k] = gram[i][k].add(x[i][j].multiply(x[k][j]));
            }
        }
        Dfp[] lambda =
                new FieldLUDecomposition<>(new Array2DRowFieldMatrix<>(gram))
                        .getSolver()
                        .solve(new ArrayFieldVector<>(xg))
                        .toArray();
        Dfp primal = FIELD.getZero();
        for (Dfp v : u) primal = primal.add(absPow(v, p));
        primal = primal.divide(p);
        Dfp dual = FIELD.getZero();
        for (int i = 0; i < n; i++) dual = dual.add(lambda[i].multiply(b[i]));
        Dfp conj = FIELD.getZero();
        for (int j = 0; j < d; j++) {
            Dfp s = FIELD.getZero();
            for (int i = 0; i < n; i++) s = s.add(x[i][j].multiply(lambda[i]));
            conj = conj.add(absPow(s, q));
        }
        dual = dual.subtract(conj.divide(q));
        return primal.subtract(dual).toDouble();
    }

    static Dfp dfp(BigFraction f) {
        return FIELD.newDfp(f.getNumerator().toString())
                .divide(FIELD.newDfp(f.getDenominator().toString()));
    }

    static Dfp absPow(Dfp a, Dfp e) {
        return a.isZero() ? FIELD.getZero() : DfpMath.pow(a.abs(), e);
    }

    static Dfp signedPow(Dfp a, Dfp e) {
        Dfp m = absPow(a, e);
        return a.negativeOrNull() ? m.negate() : m;
    }

    @ParameterizedTest(name = "p = {0}, seed {1}")
    @MethodSource("cases")
    void agreesWithAPrimalNullSpaceSolveInDouble(BigFraction pf, long seed) {
        Instance in = Instance.random(seed);
        Prediction pr =
                MinDistanceInterpolant.lp(value(pf))
                        .predict(
                                new LeastSquares(values(in.x()), values(in.y())),
                                values(in.w0()),
                                DIGITS);
        double[][] x = TestAlgebra.toDouble(in.x());
        double[] w0 = TestAlgebra.toDouble(in.w0());
        double[] ref = primalSolve(x, TestAlgebra.toDouble(in.y()), w0, pf.doubleValue());
        double[] got = TestAlgebra.toDouble(pr.value());
        assertThat(TestAlgebra.maxAbsDiff(got, ref))
                .as("ref %s got %s", Arrays.toString(ref), Arrays.toString(got))
                .isLessThan(1e-7 * Math.max(1, TestAlgebra.maxAbs(ref)));
    }

    /**
     * min (1/p) sum |u|^p over u = u0 + N z: Hipparchus nonlinear CG, then a few damped Newton
     * steps on z.
     */
    static double[] primalSolve(double[][] x, double[] y, double[] w0, double p) {
        int d = w0.length;
        double[] u0 = TestAlgebra.minL2Double(x, y, new double[d]);
        double[] xw0 = new double[x.length];
        for (int i = 0; i < x.length; i++) for (int j = 0; j < d; j++) xw0[i] += x[i][j] * w0[j];
        double[] u0shift = TestAlgebra.minL2Double(x, xw0, new double[d]);
        for (int j = 0; j < d; j++) u0[j] -= u0shift[j]; // particular solution of X u = y - X w0
        double[][] nb = TestAlgebra.nullBasisDouble(x);
        int m = nb[0].length;
        Function<double[], double[]> uOf =
                z -> {
                    double[] u = u0.clone();
                    for (int j = 0; j < d; j++) for (int k = 0; k < m; k++) u[j] += nb[j][k] * z[k];
                    return u;
                };
        ObjectiveFunction f =
                new ObjectiveFunction(
                        z -> {
                            double s = 0;
                            for (double v : uOf.apply(z)) s += Math.pow(Math.abs(v), p) / p;
                            return s;
                        });
        Function<double[], double[]> grad =
                z -> {
                    double[] u = uOf.apply(z);
                    double[] gz = new double[m];
                    for (int j = 0; j < d; j++) {
                        double gj = Math.signum(u[j]) * Math.pow(Math.abs(u[j]), p - 1);
                        for (int k = 0; k < m; k++) gz[k] += nb[j][k] * gj;
                    }
                    return gz;
                };
        NonLinearConjugateGradientOptimizer cg =
                new NonLinearConjugateGradientOptimizer(
                        NonLinearConjugateGradientOptimizer.Formula.POLAK_RIBIERE,
                        new SimpleValueChecker(1e-15, 1e-300),
                        1e-10,
                        1e-14,
                        1);
        PointValuePair opt =
                cg.optimize(
                        new MaxEval(200000),
                        f,
                        new ObjectiveFunctionGradient(grad::apply),
                        GoalType.MINIMIZE,
                        new InitialGuess(new double[m]));
        double[] z = opt.getPoint();
        // Newton polish: H = N^T diag((p-1)|u|^(p-2)) N
        for (int it = 0; it < 30; it++) {
            double[] u = uOf.apply(z);
            double[] gz = grad.apply(z);
            double[][] h = new double[m][m];
            for (int j = 0; j < d; j++) {
                double c = (p - 1) * Math.pow(Math.max(Math.abs(u[j]), 1e-300), p - 2);
                for (int a = 0; a < m; a++)
                    for (int b = 0; b < m; b++) h[a][b] += nb[j][a] * c * nb[j][b];
            }
            DecompositionSolver hs =
                    new LUDecomposition(MatrixUtils.createRealMatrix(h)).getSolver();
            if (!hs.isNonSingular()) break; // p > 2 with some u_j = 0: the CG point stands
            double[] step = hs.solve(MatrixUtils.createRealVector(gz)).toArray();
            double f0 = f.getObjectiveFunction().value(z);
            double t = 1;
            double[] trial = z;
            for (int k = 0; k < 40; k++, t /= 2) {
                trial = z.clone();
                for (int a = 0; a < m; a++) trial[a] -= t * step[a];
                if (f.getObjectiveFunction().value(trial) <= f0) break;
            }
            z = trial;
        }
        double[] u = uOf.apply(z);
        double[] w = new double[d];
        for (int j = 0; j < d; j++) w[j] = w0[j] + u[j];
        return w;
    }

    @Test
    void deckExample() {
        // X = [[1,1,1],[1,2,0]], y = [1,10], w0 = 0, p = 4/3
        BigFraction[][] xf = {
            {new BigFraction(1), new BigFraction(1), new BigFraction(1)},
            {new BigFraction(1), new BigFraction(2), new BigFraction(0)}
        };
        BigFraction[] yf = {new BigFraction(1), new BigFraction(10)};
        Prediction pr =
                MinDistanceInterpolant.lp(value(new BigFraction(4, 3)))
                        .predict(
                                new LeastSquares(values(xf), values(yf)), values(zeros(3)), DIGITS);
        double[] got = TestAlgebra.toDouble(pr.value());
        // rough reference computed by hand with scipy SLSQP (accurate to about 1e-8)
        assertThat(got[0]).isCloseTo(2.30038e-4, Offset.offset(2e-8));
        assertThat(got[1]).isCloseTo(4.99988498, Offset.offset(2e-8));
        assertThat(got[2]).isCloseTo(-4.00011502, Offset.offset(2e-8));

        // precise reference: null(X) = span (2,-1,-1) and u0 = (0,5,-4); stationarity in t is
        // monotone: bisect in Dfp
        Dfp p = FIELD.newDfp(4).divide(3);
        Dfp e = p.subtract(FIELD.getOne());
        int[] nv = {2, -1, -1};
        Dfp[] u0 = {FIELD.getZero(), FIELD.newDfp(5), FIELD.newDfp(-4)};
        Dfp lo = FIELD.newDfp(-1), hi = FIELD.newDfp(1);
        for (int k = 0; k < 260; k++) {
            Dfp t = lo.add(hi).divide(2);
            Dfp g = FIELD.getZero();
            for (int j = 0; j < 3; j++)
                g = g.add(signedPow(u0[j].add(t.multiply(nv[j])), e).multiply(nv[j]));
            if (g.negativeOrNull()) lo = t;
            else hi = t;
        }
        for (int j = 0; j < 3; j++) {
            Dfp ref = u0[j].add(lo.multiply(nv[j]));
            Dfp got34 = FIELD.newDfp(pr.value()[j].toString());
            assertThat(got34.subtract(ref).abs().toDouble())
                    .as("component %d: ref %s", j, ref)
                    .isLessThan(1e-33);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 9}) // p = 4/3, 3
    void w0AlreadyInterpolatingIsItsOwnProjection(int pn) {
        BigFraction[][] x = {{new BigFraction(1), new BigFraction(2), new BigFraction(-1)}};
        BigFraction[] w0 = {new BigFraction(1, 3), new BigFraction(1), new BigFraction(2)};
        Prediction pr =
                MinDistanceInterpolant.lp(value(new BigFraction(pn, 3)))
                        .predict(
                                new LeastSquares(values(x), values(TestAlgebra.multiply(x, w0))),
                                values(w0),
                                DIGITS);
        assertThat(pr.unmet()).isNull();
        for (int j = 0; j < 3; j++) {
            assertThat(pr.value()[j].subtract(TestAlgebra.decimal(w0[j], 60)).abs())
                    .isLessThan(new BigDecimal("1e-34"));
        }
    }

    @Test
    void pTwoEqualsTheL2Interpolant() {
        Instance in = Instance.random(5);
        LeastSquares ls = new LeastSquares(values(in.x()), values(in.y()));
        Prediction lp =
                MinDistanceInterpolant.lp(value(new BigFraction(2)))
                        .predict(ls, values(in.w0()), DIGITS);
        Prediction l2 = MinDistanceInterpolant.l2().predict(ls, values(in.w0()), DIGITS);
        for (int j = 0; j < l2.exact().length; j++) {
            assertThat(lp.value()[j].subtract(TestAlgebra.decimal(l2.exact()[j], 60)).abs())
                    .isLessThan(new BigDecimal("1e-34"));
        }
        assertThat(lp.references()).containsKey("argmin ||w - w0||_2");
    }
}
