package dev.occam.symbolic;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.INumber;
import org.matheclipse.core.interfaces.IRational;
import org.matheclipse.core.interfaces.ISymbol;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Positive homogeneity of a formula in some of its variables: f(c w, x) = c^L f(w, x) for every c >
 * 0. Verified twice, as the issue asks: symbolically (Symja simplifies f(c w) - c^L f(w) under the
 * assumption c > 0, term by term when f is a sum, so that Abs(c u) = c Abs(u) is used) and exactly
 * at rational points (every variable and c rational, the defect evaluated in exact arithmetic; a
 * defect that is not rational, e.g. with a Tanh, is compared at 60 digits).
 */
public final class Homogeneity {

    /** The scale's symbol: not a variable name occam gives (w1.., x1..). */
    private static final String SCALE = "homogeneityScale";

    /** Largest order tried when a formula's order is detected rather than declared. */
    public static final int MAX_DETECTED_ORDER = 6;

    private static final int CHECK_DIGITS = 60;

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    private Homogeneity() {}

    /**
     * Why f is not homogeneous of this order in the scaled variables (the defect f(c w) - c^L f(w)
     * simplified, or its value at a rational point), or empty when both checks pass.
     *
     * @throws FormulaException when Symja cannot finish within the formula's time limit
     */
    public static Optional<String> refutation(Formula f, List<String> scaled, int order) {
        SymjaFormula g = (SymjaFormula) f;
        Optional<String> atPoints = atRationalPoints(g, scaled, order);
        if (atPoints.isPresent()) {
            return atPoints;
        }
        return symbolically(g, scaled, order);
    }

    /**
     * The smallest order 1..{@link #MAX_DETECTED_ORDER} in which f is homogeneous (both checks), or
     * 0 when there is none: the rational points rule out every other order cheaply first.
     */
    public static int detect(Formula f, List<String> scaled) {
        SymjaFormula g = (SymjaFormula) f;
        for (int order = 1; order <= MAX_DETECTED_ORDER; order++) {
            if (atRationalPoints(g, scaled, order).isEmpty()
                    && symbolically(g, scaled, order).isEmpty()) {
                return order;
            }
        }
        return 0;
    }

    private static Optional<String> symbolically(SymjaFormula f, List<String> scaled, int order) {
        SymjaEngine engine = SymjaEngine.get();
        Duration limit = f.limit();
        ISymbol c = (ISymbol) engine.parse(SCALE, limit);
        IExpr expr = f.expr();
        List<IExpr> terms = new ArrayList<>();
        if (expr.isPlus()) {
            for (IExpr t : (IAST) expr) terms.add(t);
        } else {
            terms.add(expr);
        }
        // a network's neurons are one term renamed: a term that is another with its variables
        // renamed (scaled to scaled, others to others) has its homogeneity, so it is decided once
        Set<String> verified = new HashSet<>();
        for (IExpr term : terms) {
            String shape = shape(term.toString(), f.variables(), scaled);
            if (verified.contains(shape)) continue;
            IExpr defect = defect(engine, term, scaled, c, order, limit, f.text());
            if (defect.isZero()) verified.add(shape);
            if (!defect.isZero()) {
                // a sum may be homogeneous although a term is not (w1 - w1 + ...): decide on the
                // whole
                IExpr whole = defect(engine, expr, scaled, c, order, limit, f.text());
                if (whole.isZero()) {
                    return Optional.empty();
                }
                return Optional.of(
                        "f(c w) - c^"
                                + order
                                + " f(w) = "
                                + SymjaEngine.shorten(whole.toString().replace(SCALE, "c"))
                                + ", not identically 0 for c > 0");
            }
        }
        return Optional.empty();
    }

    /**
     * The term's text with each variable replaced by its rank of first appearance, scaled ones as
     * s1, s2, ... and the others as u1, u2, ...: equal shapes are renamings of one another.
     */
    static String shape(String text, List<String> variables, List<String> scaled) {
        Matcher m = IDENTIFIER.matcher(text);
        Map<String, String> names = new HashMap<>();
        int[] counts = new int[2];
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String id = m.group();
            String renamed = id;
            if (variables.contains(id)) {
                boolean isScaled = scaled.contains(id);
                renamed =
                        names.computeIfAbsent(
                                id, v -> (isScaled ? "s" : "u") + ++counts[isScaled ? 0 : 1]);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(renamed));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static IExpr defect(
            SymjaEngine engine,
            IExpr term,
            List<String> scaled,
            ISymbol c,
            int order,
            Duration limit,
            String text) {
        IASTAppendable rules = F.ListAlloc(scaled.size());
        for (String v : scaled) {
            rules.append(F.Rule(engine.parse(v, limit), F.Times(c, engine.parse(v, limit))));
        }
        IExpr d = F.Subtract(F.ReplaceAll(term, rules), F.Times(F.Power(c, F.ZZ(order)), term));
        String what = "homogeneity of order " + order + " of " + text;
        IExpr simplified =
                engine.eval(F.binaryAST2(S.Simplify, d, F.Greater(c, F.C0)), limit, what);
        if (simplified.isZero()) {
            return simplified;
        }
        // Simplify may stop at a polynomial it does not expand
        return engine.eval(F.Expand(simplified), limit, what);
    }

    /** Two rational points with different c; each variable gets a distinct generic rational. */
    private static Optional<String> atRationalPoints(
            SymjaFormula f, List<String> scaled, int order) {
        SymjaEngine engine = SymjaEngine.get();
        Duration limit = f.limit();
        List<String> vars = f.variables();
        int[][] scales = {{3, 2}, {7, 3}};
        for (int p = 0; p < scales.length; p++) {
            IASTAppendable at = F.ListAlloc(vars.size());
            IASTAppendable scaledAt = F.ListAlloc(vars.size());
            List<String> shown = new ArrayList<>();
            IExpr c = F.QQ(scales[p][0], scales[p][1]);
            for (int i = 0; i < vars.size(); i++) {
                // distinct, of both signs, away from 0 and 1
                long num = (i % 2 == 0 ? 1 : -1) * (2L + 3L * i + p);
                long den = 3L + 2L * i + 5L * p;
                IExpr v = F.QQ(num, den);
                IExpr symbol = engine.parse(vars.get(i), limit);
                at.append(F.Rule(symbol, v));
                boolean isScaled = scaled.contains(vars.get(i));
                scaledAt.append(F.Rule(symbol, isScaled ? F.Times(c, v) : v));
                shown.add(vars.get(i) + " = " + num + "/" + den);
            }
            IExpr d =
                    F.Subtract(
                            F.ReplaceAll(f.expr(), scaledAt),
                            F.Times(F.Power(c, F.ZZ(order)), F.ReplaceAll(f.expr(), at)));
            String what = "f(c w) - c^" + order + " f(w) at a rational point of " + f.text();
            IExpr value = engine.eval(d, limit, what);
            String where =
                    "at " + String.join(", ", shown) + ", c = " + scales[p][0] + "/" + scales[p][1];
            if (value instanceof IRational q) {
                if (!q.isZero()) {
                    return Optional.of(
                            "f(c w) - c^" + order + " f(w) = " + q + " (exactly) " + where);
                }
                continue;
            }
            IExpr n = engine.eval(F.N(value, F.ZZ(CHECK_DIGITS)), limit, what);
            if (n instanceof INumber num && !num.isZero()) {
                double magnitude = Math.abs(num.reDoubleValue());
                if (magnitude > 1e-40 || !(num.isReal())) {
                    return Optional.of(
                            "f(c w) - c^"
                                    + order
                                    + " f(w) = "
                                    + SymjaEngine.shorten(value.toString())
                                    + " = "
                                    + num.reDoubleValue()
                                    + " "
                                    + where);
                }
            }
        }
        return Optional.empty();
    }
}
