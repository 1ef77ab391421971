package dev.occam.prediction;

import dev.occam.numeric.Inertia;
import dev.occam.numeric.PositiveDefinite;
import dev.occam.numeric.RationalLinearAlgebra;
import dev.occam.problem.LinearModes;
import dev.occam.problem.Problem;
import dev.occam.problem.SquaredResiduals;

import org.hipparchus.fraction.BigFraction;
import org.hipparchus.linear.ArrayFieldVector;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code stability-threshold} with {@code method: sgd-mean-square} (Wu and Su 2023) on least
 * squares L = ||Xw - y||^2 with independent rows: the interpolant nearest the start w*, exact, and
 * three thresholds of the step around it, as rational brackets: mini-batch SGD's mean-square
 * threshold eta*_SGD ({@link MeanSquareStability}), gradient descent's eta*_GD = 2/lambda_max(H) =
 * 1/lambda_max(X X^T) (H = 2 X^T X), and 2/tr(H) = 1/tr(X X^T), exact. eta*_SGD <= eta*_GD is
 * proved (the noise only adds a positive term to T*), and for b = 1 WS23's eta*_SGD <= 2/tr(H) is
 * checked on the instance.
 */
public final class SgdStabilityThreshold implements Predictor {
    /** Past this many points the n(n+1)/2 unknowns of the exact test make it slow. */
    static final int MAX_POINTS = 10;

    public static final String THRESHOLD = "threshold";
    public static final String GD_THRESHOLD = "gd-threshold";
    public static final String TRACE_THRESHOLD = "trace-threshold";

    private final int batch;

    /**
     * Predictions by start and digits: a multi-seed spec runs each point once per seed with the
     * same predictor, and the exact bisection costs a second or more at Dfp's digits.
     */
    private final Map<String, Prediction> known = new ConcurrentHashMap<>();

    public SgdStabilityThreshold(int batch) {
        this.batch = batch;
    }

    @Override
    public String kind() {
        return "stability-threshold";
    }

    @Override
    public Prediction predict(PredictionInput input) {
        String key = input.digits() + " " + Arrays.toString(input.w0());
        Prediction p = known.get(key);
        if (p == null) {
            p = compute(input);
            known.put(key, p);
        }
        return p;
    }

    private Prediction compute(PredictionInput input) {
        List<String> pre = new ArrayList<>();
        Problem problem = input.problem();
        SquaredResiduals data = problem.squaredResiduals();
        if (data == null || problem.affineGradient() == null) {
            return Prediction.unmet(
                    kind(),
                    pre,
                    "method sgd-mean-square needs a sum of squared residuals (problem.kind least-squares), got "
                            + problem.kind());
        }
        if (!RationalLinearAlgebra.isRational(data.x())) {
            return Prediction.unmet(kind(), pre, "method sgd-mean-square needs rational data X");
        }
        int n = data.rows();
        if (n > MAX_POINTS) {
            return Prediction.unmet(
                    kind(),
                    pre,
                    "method sgd-mean-square solves its exact test with n(n+1)/2 unknowns: at most "
                            + MAX_POINTS
                            + " points, got "
                            + n);
        }
        BigFraction[][] x = RationalLinearAlgebra.fractions(data.x());
        BigFraction[][] k = RationalLinearAlgebra.multiply(x, RationalLinearAlgebra.transpose(x));
        if (!PositiveDefinite.test(k)) {
            return Prediction.unmet(
                    kind(), pre, "the rows of X are linearly dependent (X X^T is singular)");
        }
        pre.add(
                "rows of X linearly independent: exact (X X^T positive definite by Sylvester's criterion)");
        LinearModes modes = problem.affineGradient().from(input.w0());
        if (modes == null) {
            return Prediction.unmet(
                    kind(), pre, "method sgd-mean-square needs rational y and a rational start");
        }
        pre.add(
                "w* = the interpolant nearest w0: every step moves w within w0 + row space of X, where w* is the only interpolant");
        int guard = input.digits() + 10;
        BigFraction[] lambda = Inertia.bracket(k, n - 1, guard);
        BigFraction gdLo = BigFraction.ONE.divide(lambda[1]);
        BigFraction gdHi = BigFraction.ONE.divide(lambda[0]);
        // a power of two above eta*_GD (itself unstable): the bisection's points stay dyadic, so
        // the
        // exact systems keep small numbers
        BigFraction upper = BigFraction.ONE;
        while (upper.compareTo(gdHi) < 0) upper = upper.multiply(2);
        while (upper.divide(2).compareTo(gdHi) >= 0) upper = upper.divide(2);
        BigFraction[] sgd = MeanSquareStability.bracket(k, batch, upper, guard);
        BigFraction trace = BigFraction.ZERO;
        for (int i = 0; i < n; i++) trace = trace.add(k[i][i]);
        BigFraction traceThreshold = BigFraction.ONE.divide(trace);

        Map<String, String> cert = new LinkedHashMap<>();
        cert.put(
                "second moment",
                "E[a a^T] with w - w* = X^T a moves by T(S) = S - 2 eta (K S + S K) + 4 eta^2 ((n/b) Diag(K S K) + "
                        + "((b-1)/b) K S K), K = X X^T, n = "
                        + n
                        + ", b = "
                        + batch
                        + " (indices uniform with replacement)");
        cert.put(
                "eta*_SGD (mean square)",
                "in ("
                        + text(sgd[0], RoundingMode.FLOOR)
                        + ", "
                        + text(sgd[1], RoundingMode.CEILING)
                        + "]: rho(T) < 1 iff P - T*(P) = I has a positive definite solution, solved in rationals at both ends "
                        + "(the lower end 0 or stable, the upper end not stable); the stable steps form an interval");
        cert.put(
                "eta*_GD = 2/lambda_max(H)",
                "in ("
                        + text(gdLo, RoundingMode.FLOOR)
                        + ", "
                        + text(gdHi, RoundingMode.CEILING)
                        + "] (H = 2 X^T X; lambda_max(X X^T) bracketed by exact inertia)");
        cert.put(
                "2/tr(H)",
                text(traceThreshold, RoundingMode.HALF_EVEN)
                        + " (exact: 1/tr(X X^T) = 1/"
                        + trace
                        + ")");
        cert.put(
                "eta*_SGD <= eta*_GD",
                "proved: T*_SGD(P) - T*_GD(P) = 4 eta^2 E[(D K - K)^T P (D K - K)] >= 0, so a P certifying SGD certifies GD");
        if (batch == 1) {
            cert.put(
                    "eta*_SGD <= 2/tr(H) (Wu and Su 2023, batch 1)",
                    sgd[0].compareTo(traceThreshold) <= 0
                            ? "consistent: the bracket's lower end is at most 2/tr(H)"
                            : "VIOLATED: a stable step above 2/tr(H)");
        }
        Map<String, BigDecimal[]> quantities = new LinkedHashMap<>();
        quantities.put(
                THRESHOLD,
                new BigDecimal[] {
                    decimal(sgd[0], guard, RoundingMode.FLOOR),
                    decimal(sgd[1], guard, RoundingMode.CEILING)
                });
        quantities.put(
                GD_THRESHOLD,
                new BigDecimal[] {
                    decimal(gdLo, guard, RoundingMode.FLOOR),
                    decimal(gdHi, guard, RoundingMode.CEILING)
                });
        quantities.put(
                TRACE_THRESHOLD,
                new BigDecimal[] {decimal(traceThreshold, guard, RoundingMode.HALF_EVEN)});
        return new Prediction(
                kind(),
                Decimals.of(new ArrayFieldVector<>(modes.limit()), guard),
                modes.limit(),
                cert,
                pre,
                null,
                Map.of(),
                Map.of(),
                quantities);
    }

    private static BigDecimal decimal(BigFraction f, int digits, RoundingMode direction) {
        return new BigDecimal(f.getNumerator())
                .divide(new BigDecimal(f.getDenominator()), new MathContext(digits, direction));
    }

    private static String text(BigFraction f, RoundingMode direction) {
        return decimal(f, 20, direction).toPlainString();
    }
}
