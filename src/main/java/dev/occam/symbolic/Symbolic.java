package dev.occam.symbolic;

import dev.occam.numeric.Value;

import org.hipparchus.fraction.BigFraction;
import org.matheclipse.core.expression.ApfloatNum;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IBuiltInSymbol;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IFraction;
import org.matheclipse.core.interfaces.IInteger;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The only door to Symja. One engine per process (cold start is seconds); every evaluation is
 * sandboxed (allow-list of built-ins, size limits) and bounded in time on a worker thread with a
 * large stack. Assignments are refused, so nothing a spec evaluates can leak into the next spec.
 * Thread-safe: evaluations are serialized.
 */
public final class Symbolic {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");

    /** Digits asked of N(...) for irrational constants: a margin above {@link Value#DIGITS}. */
    private static final int N_DIGITS = 130;

    private static final Symbolic INSTANCE = new Symbolic();

    private Symbolic() {}

    /** The process-wide engine, created on first use. */
    public static Symbolic get() {
        return INSTANCE;
    }

    /**
     * Parses a formula in the given free variables (e.g. ["x"], ["t"], ["t", "c", "r"]). Unknown
     * symbols, refused built-ins and syntax errors throw {@link FormulaException}.
     */
    public Formula parse(String text, List<String> variables, Duration timeLimit) {
        SymjaEngine engine = SymjaEngine.get();
        checkVariables(engine, variables, timeLimit);
        String exact = Literals.exact(text);
        // before Symja's parser, which evaluates what it meets; on the engine's worker, like every
        // step that reads untrusted text: under the time limit, on a stack that deep nesting cannot
        // overflow silently (Symja's client parser is recursive and slow on runs of prefix
        // operators)
        engine.call(
                timeLimit,
                text,
                ev -> {
                    Sandbox.checkSyntax(exact, variables);
                    return null;
                });
        IExpr parsed = engine.parse(exact, timeLimit);
        Sandbox.check(parsed, variables);
        IExpr evaluated = engine.eval(parsed, timeLimit, text);
        Sandbox.checkReal(evaluated, text);
        return new SymjaFormula(engine, text, variables, evaluated, timeLimit);
    }

    /**
     * Evaluates a constant expression ("1/3", "Sqrt(2)", "1e-40", "2^(1/3)") to an exact rational
     * when it is one, otherwise to {@link Value#DIGITS} digits.
     */
    public Value number(String text, Duration timeLimit) {
        Optional<BigFraction> literal = Literals.asRational(text);
        if (literal.isPresent()) {
            return Value.of(literal.get(), text.trim());
        }
        SymjaFormula f = (SymjaFormula) parse(text, List.of(), timeLimit);
        IExpr e = f.expr();
        if (e instanceof IInteger i) {
            return Value.of(new BigFraction(i.toBigNumerator()), text.trim());
        }
        if (e instanceof IFraction q) {
            return Value.of(new BigFraction(q.toBigNumerator(), q.toBigDenominator()), text.trim());
        }
        IExpr n = SymjaEngine.get().eval(F.N(e, F.ZZ(N_DIGITS)), timeLimit, "N(" + text + ")");
        if (!(n instanceof ApfloatNum a)) {
            throw new FormulaException(
                    "'"
                            + text
                            + "' is not a real constant (it evaluates to "
                            + SymjaEngine.shorten(n.toString())
                            + ")");
        }
        BigDecimal d = Literals.decimal(a.apfloatValue(), text);
        checkAgainstDouble(f, d, text);
        return Value.irrational(d, text.trim());
    }

    /** Symja's high-precision value must agree with an independent double evaluation. */
    private static void checkAgainstDouble(SymjaFormula f, BigDecimal d, String text) {
        double independent;
        try {
            independent = f.compile().value(new double[0]);
        } catch (FormulaException notCompilable) {
            return; // nothing independent to compare with; N's result stands
        }
        double v = d.doubleValue();
        if (Double.isFinite(independent)
                && Math.abs(independent - v) > 1e-12 * Math.max(1, Math.abs(v))) {
            throw new FormulaException(
                    "'"
                            + text
                            + "' gave inconsistent values: "
                            + v
                            + " (Symja N) vs "
                            + independent
                            + " (double)");
        }
    }

    private static void checkVariables(SymjaEngine engine, List<String> variables, Duration limit) {
        for (String v : variables) {
            if (!IDENTIFIER.matcher(v).matches()) {
                throw new FormulaException(
                        "invalid variable name '"
                                + v
                                + "' (letters and digits, starting with a letter)");
            }
            if (engine.parse(v, limit) instanceof IBuiltInSymbol) {
                throw new FormulaException(
                        "variable name '" + v + "' is a Symja built-in; choose another name");
            }
        }
    }
}
