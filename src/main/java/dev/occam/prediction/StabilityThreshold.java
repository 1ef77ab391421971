package dev.occam.prediction;

import dev.occam.numeric.Inertia;
import dev.occam.numeric.PositiveDefinite;
import dev.occam.numeric.RationalLinearAlgebra;
import dev.occam.numeric.Value;
import dev.occam.problem.ModeRecurrence;
import dev.occam.problem.Quadratic;

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

/**
 * {@code stability-threshold} on a quadratic f(w) = 1/2 w^T A w + b^T w: the minimizer a linear
 * method reaches from w0 (w* = -A^-1 b, or the one nearest w0 when A is singular), exact, and the
 * step threshold of the spec's method, as a rational bracket: eta* = mu* / lambda_max(A) with mu* =
 * 2 for gradient descent, 2 + 2 beta for heavy ball, (2 + 2 beta)/(1 + 2 beta) for Nesterov ({@link
 * ModeRecurrence#stableBelow}). With an exact constant step it also decides on which side of eta*
 * the step lies (quantity {@value #SIDE}: -1 below, 0 at, 1 above) and brackets the predicted
 * contraction per step (quantity {@value #CONTRACTION}).
 *
 * <p>lambda_max(A) is bracketed without eigenvalues, by {@link Inertia}: the signs of the pivots of
 * A - mu I count the eigenvalues below mu exactly, and bisection narrows a rational bracket. The
 * side is exact: eta < eta* iff lambda_c I - A is positive definite, eta = eta* iff it is
 * semidefinite and singular, with lambda_c = mu* / eta.
 */
public final class StabilityThreshold implements Predictor {
    /** The quantity that says on which side of the threshold the step lies: -1, 0 or 1. */
    public static final String SIDE = "side";

    /** How the certificate entry of the step's side starts. */
    public static final String STEP_ENTRY = "step eta = ";

    /** The quantity bracketing the predicted contraction per step. */
    public static final String CONTRACTION = "contraction";

    private final ModeRecurrence method;
    private final BigFraction step;

    /**
     * @param method how a mode of the spec's method evolves when it is gradient descent, heavy ball
     *     or Nesterov, else null: the threshold stated is then gradient descent's
     * @param step the method's exact constant step, or null (no side, no contraction)
     */
    public StabilityThreshold(ModeRecurrence method, BigFraction step) {
        this.method = method;
        this.step = step;
    }

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
                q.singular()
                        ? "A symmetric positive semidefinite (singular) and b in range(A): exact (symmetric elimination and ranks "
                                + "on rationals, when the problem was built)"
                        : "A symmetric positive definite: exact (Sylvester's criterion on rationals, when the problem was built)");
        BigFraction[][] a = RationalLinearAlgebra.fractions(q.a());
        BigFraction[] star = q.minimizerFrom(input.w0());
        if (star == null) {
            return Prediction.unmet(
                    kind(),
                    pre,
                    "A is singular and the start is not rational: the minimizer nearest it is not computed exactly");
        }
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
                q.singular()
                        ? "A positive semidefinite: f is convex, every stationary point is a minimizer; w* - w0 "
                                + (inRange(a, star, input.w0())
                                        ? "lies in range(A) (exact ranks), orthogonal to null(A), the directions of the "
                                                + "minimizer set: w* is the minimizer nearest w0, and the one a linear method from w0 "
                                                + "tends to (its steps A w + b stay in range(A))"
                                        : "does NOT lie in range(A)")
                        : "A positive definite: f is strictly convex, its stationary point is the unique minimizer");
        cert.put(
                "lambda_max(A)",
                "in ["
                        + text(bracket[0], RoundingMode.FLOOR)
                        + ", "
                        + text(bracket[1], RoundingMode.CEILING)
                        + "] (exact eigenvalue counts by the inertia of A - mu I at both ends)");
        Map<String, BigDecimal[]> quantities = new LinkedHashMap<>();
        ModeRecurrence about = method == null ? ModeRecurrence.GRADIENT_DESCENT : method;
        BigFraction muStar = about.stableBelow();
        String name = about.thresholdText("lambda_max(A)");
        cert.put(
                "threshold " + name,
                "in ("
                        + text(muStar.divide(bracket[1]), RoundingMode.FLOOR)
                        + ", "
                        + text(muStar.divide(bracket[0]), RoundingMode.CEILING)
                        + "]: "
                        + subject(about)
                        + " converges from every start iff eta < "
                        + name
                        + (about.method() == ModeRecurrence.Method.GRADIENT_DESCENT
                                ? ""
                                : " (beta = " + about.beta() + ")"));
        quantities.put(
                "threshold",
                new BigDecimal[] {
                    decimal(muStar.divide(bracket[1]), guard, RoundingMode.FLOOR),
                    decimal(muStar.divide(bracket[0]), guard, RoundingMode.CEILING)
                });
        BigFraction eta = method == null ? null : step;
        if (eta != null && eta.signum() > 0) {
            side(a, muStar, eta, about, cert, quantities);
            contraction(a, bracket, eta, about, guard, cert, quantities);
        }
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
     * The exact side of eta*: lambda_c = mu* / eta is above, at or below lambda_max(A) as lambda_c
     * I - A is definite, semidefinite and singular, or neither.
     */
    private static void side(
            BigFraction[][] a,
            BigFraction muStar,
            BigFraction eta,
            ModeRecurrence about,
            Map<String, String> cert,
            Map<String, BigDecimal[]> quantities) {
        BigFraction critical = muStar.divide(eta);
        BigFraction[][] shifted = new BigFraction[a.length][a.length];
        for (int i = 0; i < a.length; i++)
            for (int j = 0; j < a.length; j++)
                shifted[i][j] = (i == j ? critical : BigFraction.ZERO).subtract(a[i][j]);
        int side =
                PositiveDefinite.test(shifted)
                        ? -1
                        : PositiveDefinite.semidefinite(shifted) ? 0 : 1;
        String how =
                switch (side) {
                    case -1 ->
                            "below the threshold: lambda_max(A) < "
                                    + about.thresholdText("eta")
                                    + " (lambda I - A positive definite";
                    case 0 ->
                            "exactly at the threshold: lambda_max(A) = "
                                    + about.thresholdText("eta")
                                    + " (lambda I - A positive semidefinite and singular";
                    default ->
                            "above the threshold: lambda_max(A) > "
                                    + about.thresholdText("eta")
                                    + " (lambda I - A not positive semidefinite";
                };
        cert.put(
                STEP_ENTRY + text(eta, RoundingMode.HALF_EVEN),
                how
                        + " at lambda = "
                        + text(critical, RoundingMode.HALF_EVEN)
                        + ", exact rational elimination)");
        quantities.put(SIDE, new BigDecimal[] {BigDecimal.valueOf(side)});
    }

    /**
     * The predicted contraction per step, max over A's nonzero eigenvalues of the per-mode root
     * modulus, bracketed from rational brackets of the smallest nonzero and largest eigenvalue.
     */
    private static void contraction(
            BigFraction[][] a,
            BigFraction[] top,
            BigFraction eta,
            ModeRecurrence about,
            int guard,
            Map<String, String> cert,
            Map<String, BigDecimal[]> quantities) {
        int zeros = a.length - RationalLinearAlgebra.rank(a);
        // A is semidefinite: its zero eigenvalues come first, and their modes are never excited
        BigFraction[] bottom = Inertia.bracket(a, zeros, guard);
        BigDecimal[] rho =
                ModeContraction.bracket(about, scaled(bottom, eta), scaled(top, eta), guard);
        String per =
                switch (about.method()) {
                    case GRADIENT_DESCENT -> "max |1 - eta lambda_i|";
                    case HEAVY_BALL ->
                            "max over modes of the largest root modulus of z^2 - (1 + beta - eta lambda_i) z + beta";
                    case NESTEROV ->
                            "max over modes of the largest root modulus of z^2 - (1 + beta)(1 - eta lambda_i) z + beta (1 - eta lambda_i)";
                };
        cert.put(
                "contraction " + per,
                "in ["
                        + rho[0].round(new MathContext(20, RoundingMode.FLOOR)).toPlainString()
                        + ", "
                        + rho[1].round(new MathContext(20, RoundingMode.CEILING)).toPlainString()
                        + "] over the "
                        + (zeros > 0 ? "nonzero " : "")
                        + "eigenvalues of A (the extremes, bracketed by inertia): the asymptotic factor per step of the error "
                        + "of a start that excites the extreme modes (above 1: it grows)");
        quantities.put(CONTRACTION, rho);
    }

    private static BigFraction[] scaled(BigFraction[] bracket, BigFraction eta) {
        return new BigFraction[] {bracket[0].multiply(eta), bracket[1].multiply(eta)};
    }

    private static String subject(ModeRecurrence about) {
        return switch (about.method()) {
            case GRADIENT_DESCENT -> "gradient descent";
            case HEAVY_BALL -> "heavy ball";
            case NESTEROV -> "Nesterov";
        };
    }

    /** w* - w0 in range(A), exactly: rank [A | w* - w0] = rank A. */
    private static boolean inRange(BigFraction[][] a, BigFraction[] star, Value[] w0) {
        BigFraction[] start = RationalLinearAlgebra.fractions(w0);
        BigFraction[][] augmented = new BigFraction[a.length][];
        for (int i = 0; i < a.length; i++) {
            augmented[i] = Arrays.copyOf(a[i], a.length + 1);
            augmented[i][a.length] = star[i].subtract(start[i]);
        }
        return RationalLinearAlgebra.rank(augmented) == RationalLinearAlgebra.rank(a);
    }

    /**
     * f to {@code digits} significant digits, rounded outward as the bracket end it is requires.
     */
    private static BigDecimal decimal(BigFraction f, int digits, RoundingMode direction) {
        return ModeContraction.decimal(f, digits, direction);
    }

    private static String text(BigFraction f, RoundingMode direction) {
        return decimal(f, 20, direction).toPlainString();
    }
}
