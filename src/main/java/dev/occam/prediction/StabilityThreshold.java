package dev.occam.prediction;

import dev.occam.numeric.Inertia;
import dev.occam.numeric.RationalLinearAlgebra;
import dev.occam.problem.Quadratic;

import org.hipparchus.fraction.BigFraction;
import org.hipparchus.linear.ArrayFieldVector;

import java.math.BigDecimal;
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
 * <p>lambda_max(A) is bracketed without eigenvalues, by {@link Inertia}: the signs of the pivots of
 * A - mu I count the eigenvalues below mu exactly, and bisection narrows a rational bracket.
 */
public final class StabilityThreshold implements Predictor {
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
        BigFraction[] bracket = Inertia.bracket(a, a.length - 1, guard);
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
                        + "] (exact eigenvalue counts by the inertia of A - mu I at both ends)");
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
