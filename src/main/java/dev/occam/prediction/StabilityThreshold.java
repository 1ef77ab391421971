package dev.occam.prediction;

import dev.occam.numeric.PositiveDefinite;
import dev.occam.numeric.RationalLinearAlgebra;
import dev.occam.problem.Quadratic;

import org.hipparchus.fraction.BigFraction;
import org.hipparchus.linear.ArrayFieldVector;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code stability-threshold} on a quadratic f(w) = 1/2 w^T A w + b^T w: the minimizer w* = -A^-1
 * b, exact, which every run of a convergent linear method reaches from any start, and gradient
 * descent's threshold eta* = 2 / lambda_max(A) (it converges iff eta < eta*), as a rational
 * bracket.
 *
 * <p>lambda_max(A) is bracketed without eigenvalues: mu > lambda_max exactly when mu I - A is
 * positive definite, which Sylvester's criterion decides in rationals; bisection from [max_i A_ii,
 * the largest Gershgorin bound + 1] halves the bracket per test.
 */
public final class StabilityThreshold implements Predictor {
    /** Bisections at most: 2^-400 is below any requested precision. */
    private static final int MAX_BISECTIONS = 400;

    @Override
    public String kind() {
        return "stability-threshold";
    }

    @Override
    public Prediction predict(PredictionInput input) {
        List<String> pre = new ArrayList<>();
        if (!(input.problem() instanceof Quadratic q)) {
            return Prediction.unmet(
                    kind(),
                    pre,
                    "stability-threshold needs problem.kind quadratic, got "
                            + input.problem().kind());
        }
        pre.add(
                "A symmetric positive definite: exact (Sylvester's criterion on rationals, when the problem was built)");
        BigFraction[][] a = RationalLinearAlgebra.fractions(q.a());
        BigFraction[] star = RationalLinearAlgebra.fractions(q.minimizer());
        BigFraction[] residual = RationalLinearAlgebra.multiply(a, star);
        BigFraction[] b = RationalLinearAlgebra.fractions(q.b());
        boolean stationary = true;
        for (int i = 0; i < residual.length; i++) stationary &= residual[i].add(b[i]).signum() == 0;
        int guard = input.digits() + 10;
        BigFraction[] bracket = lambdaMax(a, guard);
        Map<String, String> cert = new LinkedHashMap<>();
        cert.put(
                "stationarity ||A w* + b||",
                stationary ? "0 (exact rational arithmetic)" : "NONZERO");
        cert.put(
                "optimality",
                "A positive definite: f is strictly convex, its stationary point is the unique minimizer");
        cert.put(
                "lambda_max(A)",
                "in ["
                        + text(bracket[0], RoundingMode.FLOOR)
                        + ", "
                        + text(bracket[1], RoundingMode.CEILING)
                        + "] (mu I - A is positive definite at the upper end and not at the lower, exactly)");
        cert.put(
                "threshold 2/lambda_max(A)",
                "in ("
                        + text(two(bracket[1]), RoundingMode.FLOOR)
                        + ", "
                        + text(two(bracket[0]), RoundingMode.CEILING)
                        + "]: gradient descent converges from every start iff eta < 2/lambda_max(A)");
        Map<String, BigDecimal[]> quantities = new LinkedHashMap<>();
        quantities.put(
                "threshold",
                new BigDecimal[] {
                    decimal(two(bracket[1]), guard, RoundingMode.FLOOR),
                    decimal(two(bracket[0]), guard, RoundingMode.CEILING)
                });
        return new Prediction(
                kind(),
                Decimals.of(new ArrayFieldVector<>(star), guard),
                star,
                cert,
                pre,
                null,
                Map.of(),
                Map.of(),
                quantities);
    }

    /**
     * [lo, hi] with lo <= lambda_max(A) < hi and hi - lo <= 10^-digits * lo, proved in rationals.
     */
    static BigFraction[] lambdaMax(BigFraction[][] a, int digits) {
        int d = a.length;
        BigFraction lo = a[0][0];
        BigFraction hi = BigFraction.ZERO;
        for (int i = 0; i < d; i++) {
            if (a[i][i].compareTo(lo) > 0) lo = a[i][i];
            BigFraction row = BigFraction.ZERO;
            for (int j = 0; j < d; j++) row = row.add(a[i][j].abs());
            if (row.compareTo(hi) > 0) hi = row;
        }
        hi = hi.add(BigFraction.ONE);
        BigFraction width =
                lo.multiply(BigFraction.ONE.divide(new BigFraction(BigInteger.TEN.pow(digits))));
        for (int k = 0; k < MAX_BISECTIONS && hi.subtract(lo).compareTo(width) > 0; k++) {
            BigFraction mid = lo.add(hi).divide(2);
            if (above(a, mid)) hi = mid;
            else lo = mid;
        }
        return new BigFraction[] {lo, hi};
    }

    /** mu > lambda_max(A), i.e. mu I - A positive definite. */
    private static boolean above(BigFraction[][] a, BigFraction mu) {
        int d = a.length;
        BigFraction[][] m = new BigFraction[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++)
                m[i][j] = (i == j ? mu : BigFraction.ZERO).subtract(a[i][j]);
        }
        return PositiveDefinite.test(m);
    }

    private static BigFraction two(BigFraction lambda) {
        return new BigFraction(2).divide(lambda);
    }

    /**
     * f to {@code digits} significant digits, rounded outward as the bracket end it is requires.
     */
    private static BigDecimal decimal(BigFraction f, int digits, RoundingMode direction) {
        return new BigDecimal(f.getNumerator())
                .divide(new BigDecimal(f.getDenominator()), new MathContext(digits, direction));
    }

    private static String text(BigFraction f, RoundingMode direction) {
        return decimal(f, 20, direction).toPlainString();
    }
}
