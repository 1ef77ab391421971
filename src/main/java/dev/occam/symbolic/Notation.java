package dev.occam.symbolic;

import dev.occam.numeric.Value;

import org.hipparchus.fraction.BigFraction;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * occam's own notation, rendered by Symja: losses too large to spell out with their data, and
 * vectors occam computed. The expressions are built in Java from symbols and the row count, never
 * from spec text, so they need no sandbox; they are held (HoldForm) so that Symja renders them
 * instead of expanding them.
 */
public final class Notation {
    private Notation() {}

    /** sum_{n=1}^{rows} (x_n . w - y_n)^2. */
    public static Map<String, String> sumOfSquaredResiduals(int rows, Duration limit) {
        IExpr n = F.symbol("n");
        IExpr residual =
                F.Subtract(
                        F.Dot(F.Subscript(F.symbol("x"), n), F.symbol("w")),
                        F.Subscript(F.symbol("y"), n));
        return held(
                F.Sum(F.Sqr(residual), F.list(n, F.C1, F.ZZ(rows))),
                "sum_{n=1}^{" + rows + "} (x_n.w - y_n)^2",
                limit);
    }

    /** sum_{n=1}^{rows} [c_n] loss(y_n x_n . w), with loss(u) = exp(-u) or log(1 + exp(-u)). */
    public static Map<String, String> sumOfMarginLosses(
            int rows, boolean logistic, boolean weighted, Duration limit) {
        IExpr n = F.symbol("n");
        IExpr margin =
                F.Times(
                        F.Subscript(F.symbol("y"), n),
                        F.Dot(F.Subscript(F.symbol("x"), n), F.symbol("w")));
        IExpr loss =
                logistic ? F.Log(F.Plus(F.C1, F.Exp(F.Negate(margin)))) : F.Exp(F.Negate(margin));
        if (weighted) loss = F.Times(F.Subscript(F.symbol("c"), n), loss);
        String text =
                (weighted ? "c_n " : "")
                        + (logistic ? "log(1 + exp(-y_n x_n.w))" : "exp(-y_n x_n.w)");
        return held(
                F.Sum(loss, F.list(n, F.C1, F.ZZ(rows))),
                "sum_{n=1}^{" + rows + "} " + text,
                limit);
    }

    /**
     * sum_{n=1}^{rows} l(y_n f(w; x_n)) for a model's margin loss (exponential or logistic), or
     * sum_n (f(w; x_n) - y_n)^2 for its squared loss, with f unexpanded.
     */
    public static Map<String, String> sumOfModelLosses(int rows, String loss, Duration limit) {
        IExpr n = F.symbol("n");
        IExpr f = F.unaryAST1(F.symbol("f"), F.Subscript(F.symbol("x"), n));
        IExpr y = F.Subscript(F.symbol("y"), n);
        IExpr margin = F.Times(y, f);
        IExpr term =
                switch (loss) {
                    case "logistic" -> F.Log(F.Plus(F.C1, F.Exp(F.Negate(margin))));
                    case "squared" -> F.Power(F.Plus(f, F.Negate(y)), F.C2);
                    default -> F.Exp(F.Negate(margin));
                };
        String text =
                switch (loss) {
                    case "logistic" -> "log(1 + exp(-y_n f(w; x_n)))";
                    case "squared" -> "(f(w; x_n) - y_n)^2";
                    default -> "exp(-y_n f(w; x_n))";
                };
        return held(
                F.Sum(term, F.list(n, F.C1, F.ZZ(rows))),
                "sum_{n=1}^{" + rows + "} " + text,
                limit);
    }

    /** An exact vector {p/q, ...}. */
    public static Map<String, String> exactVector(BigFraction[] v, Duration limit) {
        IExpr[] entries = new IExpr[v.length];
        for (int i = 0; i < v.length; i++)
            entries[i] = F.QQ(F.ZZ(v[i].getNumerator()), F.ZZ(v[i].getDenominator()));
        return held(F.List(entries), Value.text(v), limit);
    }

    /**
     * A vector to double precision, shown with Symja's default digits (the report lists all digits
     * elsewhere).
     */
    public static Map<String, String> approximateVector(BigDecimal[] v, Duration limit) {
        IExpr[] entries = new IExpr[v.length];
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < v.length; i++) {
            entries[i] = F.num(v[i].doubleValue());
            text.append(i == 0 ? "" : ", ").append(v[i].round(new MathContext(12)).toString());
        }
        return held(F.List(entries), text.append('}').toString(), limit);
    }

    private static Map<String, String> held(IExpr expr, String text, Duration limit) {
        SymjaEngine engine = SymjaEngine.get();
        return new SymjaFormula(engine, text, List.of(), F.HoldForm(expr), limit).rendered();
    }
}
