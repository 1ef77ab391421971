package dev.occam.prediction;

import dev.occam.numeric.BinaryGram;
import dev.occam.numeric.LpNorm;
import dev.occam.numeric.Value;
import dev.occam.problem.DfpVectors;
import dev.occam.problem.PowerPotential;
import dev.occam.problem.Problem;
import dev.occam.problem.SquaredResiduals;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.fraction.BigFraction;
import org.hipparchus.linear.Array2DRowFieldMatrix;
import org.hipparchus.linear.FieldLUDecomposition;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * argmin ||w - w0|| on {Xw = y} for the l2 norm, a quadratic norm ||v||_D, or an l_p norm. l2 and
 * quadratic: the KKT system solved exactly in rationals when the data are rational. l_p: a Bregman
 * projection of (1/p)||u||_p^p from u = 0 (u = w - w0), solved by dual Newton, certified by its
 * residuals and the duality gap.
 */
public final class MinDistanceInterpolant implements Predictor {
    /** "l2", "quadratic" or "lp". */
    private final String norm;

    private final Value p;
    private final Value[][] d;

    private MinDistanceInterpolant(String norm, Value p, Value[][] d) {
        this.norm = norm;
        this.p = p;
        this.d = d;
    }

    public static MinDistanceInterpolant l2() {
        return new MinDistanceInterpolant("l2", null, null);
    }

    public static MinDistanceInterpolant quadratic(Value[][] d) {
        return new MinDistanceInterpolant("quadratic", null, d);
    }

    public static MinDistanceInterpolant lp(Value p) {
        return new MinDistanceInterpolant("lp", p, null);
    }

    @Override
    public String kind() {
        return "min-distance-interpolant";
    }

    public String normName() {
        return switch (norm) {
            case "l2" -> "||w - w0||_2";
            case "quadratic" -> "||w - w0||_D";
            default -> "||w - w0||_" + p.text();
        };
    }

    @Override
    public Prediction predict(PredictionInput input) {
        Problem problem = input.problem();
        Value[] w0 = input.w0();
        int digits = input.digits();
        SquaredResiduals ls = Interpolation.leastSquares(problem, kind());
        List<String> pre = new ArrayList<>();
        Prediction result =
                norm.equals("lp") ? lp(ls, w0, digits, pre) : quadratic(ls, w0, digits, pre);
        if (result.unmet() != null || norm.equals("l2")) return result;
        return new Prediction(
                result.kind(),
                result.value(),
                result.exact(),
                result.certificate(),
                result.preconditions(),
                null,
                withL2Reference(result.references(), input),
                result.derived(),
                Map.of());
    }

    /**
     * The references plus argmin ||w - w0||_2, the point plain gradient descent reaches: a limit
     * that misses a non-Euclidean prediction is often exactly there (a mirror or steepest step left
     * out).
     */
    static Map<String, BigDecimal[]> withL2Reference(
            Map<String, BigDecimal[]> references, PredictionInput input) {
        Map<String, BigDecimal[]> refs = new LinkedHashMap<>(references);
        Prediction l2 = l2().predict(input);
        if (l2.available()) refs.put("argmin ||w - w0||_2", l2.value());
        return refs;
    }

    private Prediction quadratic(SquaredResiduals ls, Value[] w0, int digits, List<String> pre) {
        if (d == null) {
            BinaryGram large = BinaryGram.large(ls.x());
            if (large != null) return binary(large, ls.y(), w0, digits, pre);
        }
        boolean exact =
                Fractions.allRational(ls.x())
                        && Fractions.allRational(ls.y())
                        && Fractions.allRational(w0)
                        && (d == null || Fractions.allRational(d));
        Map<String, String> cert = new LinkedHashMap<>();
        int guard = digits + 10;
        if (exact && d == null) {
            BigFraction[][] xq = Fractions.of(ls.x());
            if (xq.length > 0
                    && CertifiedL2Interpolant.exactWork(xq)
                            > CertifiedL2Interpolant.EXACT_WORK_LIMIT) {
                Prediction floating =
                        floating(xq, Fractions.of(ls.y()), Fractions.of(w0), digits, pre);
                if (floating != null) return floating;
            }
        }
        if (exact) {
            QuadraticInterpolant<BigFraction> s =
                    QuadraticInterpolant.solve(
                            Fractions.of(ls.x()),
                            Fractions.of(ls.y()),
                            Fractions.of(w0),
                            d == null ? null : Fractions.of(d));
            if (s == null)
                return Prediction.unmet(
                        kind(),
                        pre,
                        "X"
                                + (d == null ? "" : " D^-1")
                                + " X^T is singular: the rows of X are linearly dependent");
            pre.add(
                    "rows of X linearly independent: exact LU of X"
                            + (d == null ? "" : " D^-1")
                            + " X^T is nonsingular");
            cert.put(
                    "feasibility ||Xw - y||",
                    Decimals.isZero(s.feasibility)
                            ? "0 (exact rational arithmetic)"
                            : "NONZERO " + s.feasibility);
            cert.put(
                    "stationarity ||" + (d == null ? "" : "D") + "(w - w0) - X^T lambda||",
                    Decimals.isZero(s.stationarity)
                            ? "0 (exact rational arithmetic)"
                            : "NONZERO " + s.stationarity);
            cert.put(
                    "optimality",
                    "KKT conditions of a strictly convex problem with linear constraints: sufficient");
            BigFraction[] point = s.point.toArray();
            return new Prediction(
                    kind(),
                    Decimals.of(s.point, guard),
                    point,
                    cert,
                    pre,
                    null,
                    Map.of(),
                    Map.of(),
                    Map.of());
        }
        DfpField field = new DfpField(guard + 10);
        String dependent = numericallyDependent(DfpVectors.of(field, ls.x()), digits);
        if (dependent != null) return Prediction.unmet(kind(), pre, dependent);
        QuadraticInterpolant<Dfp> s =
                QuadraticInterpolant.solve(
                        DfpVectors.of(field, ls.x()),
                        DfpVectors.of(field, ls.y()),
                        DfpVectors.of(field, w0),
                        d == null ? null : DfpVectors.of(field, d));
        if (s == null)
            return Prediction.unmet(
                    kind(), pre, "X X^T is singular: the rows of X are linearly dependent");
        pre.add(
                "rows of X linearly independent: LU of X X^T in "
                        + field.getRadixDigits() * 4
                        + "-digit arithmetic is nonsingular");
        cert.put(
                "feasibility ||Xw - y||",
                Decimals.brief(Decimals.norm(s.feasibility))
                        + " ("
                        + (guard + 10)
                        + "-digit arithmetic)");
        cert.put("stationarity residual", Decimals.brief(Decimals.norm(s.stationarity)));
        cert.put(
                "optimality",
                "KKT conditions of a strictly convex problem with linear constraints: sufficient");
        return new Prediction(
                kind(),
                Decimals.of(s.point.toArray()),
                null,
                cert,
                pre,
                null,
                Map.of(),
                Map.of(),
                Map.of());
    }

    /**
     * The l2 interpolant of rational data too large for exact elimination: double-double Cholesky
     * with refinement on exact residuals and a proved radius ({@link CertifiedL2Interpolant}), or
     * null when it cannot be certified to 10^-digits (the exact path then decides).
     */
    private Prediction floating(
            BigFraction[][] x, BigFraction[] y, BigFraction[] w0, int digits, List<String> pre) {
        CertifiedL2Interpolant.Solution s;
        try {
            CertifiedL2Interpolant c = CertifiedL2Interpolant.of(x, y, w0);
            s = c == null ? null : c.solve(digits);
        } catch (ArithmeticException outOfDoubleRange) {
            s = null; // entries beyond double's range: the exact path decides
        }
        if (s == null) return null;
        List<String> conditions = new ArrayList<>(pre);
        conditions.add(
                "rows of X linearly independent: lambda_min(X X^T) >= "
                        + s.lambdaMinLower()
                        + " > 0, proved (X X^T - mu I = L L^T + E, L the double-double Cholesky factor, E exact)");
        Map<String, String> cert = new LinkedHashMap<>();
        cert.put(
                "feasibility ||Xw - y||",
                "<= "
                        + s.residual().round(new MathContext(3, RoundingMode.CEILING))
                        + " (exact rational residual of w = w0 + X^T lambda, lambda from a double-double Cholesky of X X^T and "
                        + s.refinements()
                        + " refinement steps)");
        cert.put(
                "stationarity ||(w - w0) - X^T lambda||",
                "0 (w formed exactly from lambda, before rounding to decimals)");
        cert.put(
                "lambda_min(X X^T)",
                ">= " + s.lambdaMinLower() + " (shifted double-double Cholesky, exact remainder)");
        return withRadius(s, cert, conditions, "||Xw - y|| / sqrt(lambda_min(X X^T))");
    }

    /**
     * A certified floating-point interpolant: the certificate's radius and optimality lines, and
     * the radius itself as a derived quantity that claims add to their bounds.
     */
    private Prediction withRadius(
            CertifiedL2Interpolant.Solution s,
            Map<String, String> cert,
            List<String> conditions,
            String radiusTerms) {
        cert.put(
                "radius",
                "||w - w*|| <= "
                        + s.radius().round(new MathContext(3, RoundingMode.CEILING))
                        + " ("
                        + radiusTerms
                        + " + decimal rounding "
                        + s.rounding().round(new MathContext(2, RoundingMode.CEILING))
                        + ")");
        cert.put(
                "optimality",
                "w - w0 in the row space of X and Xw = y to within the radius: w* is the only such point");
        return new Prediction(
                kind(),
                s.value(),
                null,
                cert,
                conditions,
                null,
                Map.of(),
                Map.of(),
                Map.of(
                        "radius",
                        new BigDecimal[] {
                            s.radius().round(new MathContext(6, RoundingMode.CEILING))
                        }));
    }

    /**
     * The l2 interpolant of a large X of doubles (a data file): floating-point solves with a proved
     * radius ({@link BinaryL2Interpolant}); unmet when X X^T is not proved positive definite.
     */
    private Prediction binary(
            BinaryGram gram, Value[] y, Value[] w0, int digits, List<String> pre) {
        CertifiedL2Interpolant.Solution s = BinaryL2Interpolant.solve(gram, y, w0, digits);
        if (s == null)
            return Prediction.unmet(
                    kind(),
                    pre,
                    "the rows of X are not proved linearly independent: " + gram.proof());
        List<String> conditions = new ArrayList<>(pre);
        conditions.add("rows of X linearly independent: " + gram.proof());
        Map<String, String> cert = new LinkedHashMap<>();
        cert.put(
                "feasibility ||Xw - y||",
                "<= "
                        + s.residual().round(new MathContext(3, RoundingMode.CEILING))
                        + " (double-double residual with proved rounding bounds; lambda from a double Cholesky of fl(X X^T) refined on double-double products with X)");
        cert.put(
                "stationarity ||(w - w0) - X^T lambda||",
                "within the radius (w formed in double-double, its rounding bounded and added)");
        cert.put("lambda_min(X X^T)", ">= " + s.lambdaMinLower());
        return withRadius(
                s,
                cert,
                conditions,
                "rounding of w + (feasibility + ||X|| rounding of w) / sigma_min(X)");
    }

    private Prediction lp(SquaredResiduals ls, Value[] w0, int digits, List<String> pre) {
        DfpField field = new DfpField(digits + 30);
        Dfp[][] x = DfpVectors.of(field, ls.x());
        Dfp[] w0d = DfpVectors.of(field, w0);
        Dfp[] b = DfpVectors.subtract(DfpVectors.of(field, ls.y()), DfpVectors.multiply(x, w0d));
        String dependent = numericallyDependent(x, digits);
        if (dependent != null) return Prediction.unmet(kind(), pre, dependent);
        QuadraticInterpolant<Dfp> start =
                QuadraticInterpolant.solve(x, b, zeros(field, w0.length), null);
        if (start == null)
            return Prediction.unmet(
                    kind(), pre, "X X^T is singular: the rows of X are linearly dependent");
        pre.add("rows of X linearly independent: LU of X X^T is nonsingular");
        PowerPotential psi = new PowerPotential(field, p);
        Dfp tolerance = field.newDfp("1e-" + (digits + 15));
        DualNewton.Solution s =
                DualNewton.solve(
                        x, b, zeros(field, w0.length), start.multipliers.toArray(), psi, tolerance);
        if (s == null)
            return Prediction.unmet(
                    kind(),
                    pre,
                    "dual Newton for the l_" + p.text() + " projection did not converge");
        Dfp[] w = DfpVectors.add(w0d, s.w());
        Map<String, String> cert = new LinkedHashMap<>();
        cert.put(
                "feasibility ||Xw - y||",
                Decimals.brief(s.residual())
                        + " ("
                        + (digits + 30)
                        + "-digit arithmetic, "
                        + s.iterations()
                        + " Newton steps)");
        Dfp[] stationarity =
                DfpVectors.subtract(
                        psi.gradient(s.w()), DfpVectors.multiplyTransposed(x, s.lambda()));
        cert.put(
                "stationarity ||sign(u)|u|^(p-1) - X^T lambda||",
                Decimals.brief(DfpVectors.norm2(stationarity)));
        Dfp primal = psi.value(s.w());
        Dfp q = DfpVectors.of(field, p).divide(DfpVectors.of(field, p).subtract(field.getOne()));
        Dfp[] xtl = DfpVectors.multiplyTransposed(x, s.lambda());
        Dfp conj = LpNorm.powerSum(xtl, q);
        Dfp dual = DfpVectors.dot(s.lambda(), b).subtract(conj.divide(q));
        cert.put("duality gap of min (1/p)||u||_p^p", Decimals.brief(primal.subtract(dual)));
        return new Prediction(
                kind(), Decimals.of(w), null, cert, pre, null, Map.of(), Map.of(), Map.of());
    }

    /**
     * Rounding makes X X^T of dependent rows merely nearly singular in Dfp, so an exact-zero pivot
     * test passes them. Null when det of X X^T scaled to unit diagonal (1 for orthogonal rows, 0
     * for dependent ones) is at least 10^-digits, else why the rows count as dependent.
     */
    static String numericallyDependent(Dfp[][] x, int digits) {
        int n = x.length;
        Dfp[][] g = new Dfp[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) g[i][j] = DfpVectors.dot(x[i], x[j]);
        for (int i = 0; i < n; i++) {
            if (g[i][i].isZero())
                return "row " + i + " of X is zero: the rows of X are linearly dependent";
        }
        Dfp[][] c = new Dfp[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) c[i][j] = g[i][j].divide(g[i][i].multiply(g[j][j]).sqrt());
        Dfp det =
                new FieldLUDecomposition<>(new Array2DRowFieldMatrix<>(c, false)).getDeterminant();
        if (det.abs().lessThan(det.getField().newDfp("1e-" + digits))) {
            return "X X^T is singular to working precision: the rows of X are linearly dependent (det of X X^T scaled to unit diagonal = "
                    + Decimals.brief(det)
                    + " < 1e-"
                    + digits
                    + ")";
        }
        return null;
    }

    private static Dfp[] zeros(DfpField field, int n) {
        Dfp[] z = new Dfp[n];
        Arrays.fill(z, field.getZero());
        return z;
    }
}
