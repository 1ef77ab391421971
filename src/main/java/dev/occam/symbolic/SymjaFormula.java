package dev.occam.symbolic;

import dev.occam.numeric.Value;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A formula held as an evaluated Symja expression. Every Symja call goes through {@link
 * SymjaEngine} with this formula's time limit; every derived result is checked numerically.
 */
final class SymjaFormula implements Formula {

    /** Points where derivatives and inverses are checked; both signs, avoiding 0 and 1. */
    private static final double[] SAMPLES = {0.35, 0.7, 1.3, 2.1, 3.7, 11.3, -0.6, -2.3};

    /** Expressions larger than this are not simplified: Simplify can take long on big trees. */
    private static final long MAX_SIMPLIFY_LEAVES = 200;

    private final SymjaEngine engine;
    private final String text;
    private final List<String> variables;
    private final IExpr expr;
    private final Duration limit;
    private volatile CompiledFormula compiled;

    SymjaFormula(
            SymjaEngine engine, String text, List<String> variables, IExpr expr, Duration limit) {
        this.engine = engine;
        this.text = text;
        this.variables = List.copyOf(variables);
        this.expr = expr;
        this.limit = limit;
    }

    IExpr expr() {
        return expr;
    }

    Duration limit() {
        return limit;
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public List<String> variables() {
        return variables;
    }

    @Override
    public Formula derivative(String var) {
        ISymbol x = symbol(var);
        IExpr d = eval(F.D(expr, x), "D(" + text + ", " + var + ")");
        d = withoutAbsDerivatives(d);
        if (d.leafCount() <= MAX_SIMPLIFY_LEAVES) {
            d = eval(F.unaryAST1(S.Simplify, d), "Simplify of D(" + text + ", " + var + ")");
        }
        SymjaFormula result = derived(d, variables);
        checkDerivative(result, variables.indexOf(var));
        return result;
    }

    /** Symja leaves Abs'(u) and Sign'(u) unevaluated; away from 0 they are Sign(u) and 0. */
    private IExpr withoutAbsDerivatives(IExpr d) {
        IExpr absPrime = F.unaryAST1(F.unaryAST1(S.Derivative, F.C1), S.Abs);
        IExpr signPrime = F.unaryAST1(F.unaryAST1(S.Derivative, F.C1), S.Sign);
        IExpr replaced =
                d.replaceAll(
                        e -> {
                            if (e.isAST() && ((IAST) e).argSize() == 1) {
                                IExpr head = e.head();
                                if (head.equals(absPrime)) {
                                    return F.unaryAST1(S.Sign, ((IAST) e).arg1());
                                }
                                if (head.equals(signPrime)) {
                                    return F.C0;
                                }
                            }
                            return F.NIL;
                        });
        return replaced.isPresent() ? eval(replaced, "D(" + text + ")") : d;
    }

    private void checkDerivative(SymjaFormula derivative, int index) {
        CompiledFormula f = compile();
        CompiledFormula df = derivative.compile();
        int checked = 0;
        for (double[] p : samplePoints()) {
            double h = 1e-5 * Math.max(1, Math.abs(p[index]));
            double[] plus = p.clone();
            double[] minus = p.clone();
            plus[index] += h;
            minus[index] -= h;
            double slope = (f.value(plus) - f.value(minus)) / (2 * h);
            double exact = df.value(p);
            if (!Double.isFinite(slope)
                    || !Double.isFinite(exact)
                    || !Double.isFinite(f.value(p))) {
                continue;
            }
            double scale = Math.max(1, Math.max(Math.abs(exact), Math.abs(f.value(p))));
            if (Math.abs(slope - exact) > 1e-5 * scale) {
                throw new FormulaException(
                        "Symja's derivative of '"
                                + text
                                + "' ("
                                + derivative.text
                                + ") does not match a "
                                + "finite difference at "
                                + variables
                                + " = "
                                + Arrays.toString(p)
                                + ": "
                                + exact
                                + " vs "
                                + slope);
            }
            checked++;
        }
        if (checked == 0) {
            throw new FormulaException(
                    "the derivative of '"
                            + text
                            + "' could not be checked: no sample point gives a finite value");
        }
    }

    @Override
    public Optional<Formula> inverse() {
        if (variables.size() != 1) {
            throw new FormulaException(
                    "inverse() needs a formula of one variable, '" + text + "' has " + variables);
        }
        String yName = variables.get(0).equals("y") ? "y1" : "y";
        ISymbol x = symbol(variables.get(0));
        ISymbol y = symbol(yName);
        IExpr solutions =
                eval(
                        F.binaryAST2(S.Solve, F.Equal(y, expr), x),
                        "Solve(" + yName + " == " + text + ")");
        if (!solutions.isList()) {
            return Optional.empty();
        }
        for (IExpr solution : (IAST) solutions) {
            if (!solution.isList()
                    || ((IAST) solution).argSize() != 1
                    || !((IAST) solution).arg1().isRuleAST()) {
                continue;
            }
            IExpr branch = ((IAST) ((IAST) solution).arg1()).arg2();
            Optional<Formula> verified = realBranch(branch, yName);
            if (verified.isPresent()) {
                return verified;
            }
        }
        return Optional.empty();
    }

    /** The branch when it is real and satisfies f(g(y)) = y at every sample point of f's range. */
    private Optional<Formula> realBranch(IExpr branch, String yName) {
        if (!branch.isFree(e -> e == S.I || e.isComplex() || e.isComplexNumeric(), true)) {
            return Optional.empty();
        }
        SymjaFormula g;
        try {
            g = derived(branch, List.of(yName));
            g.compile();
        } catch (FormulaException unusable) {
            return Optional.empty();
        }
        CompiledFormula f = compile();
        int checked = 0;
        for (double x : SAMPLES) {
            double y = f.value(x);
            if (!Double.isFinite(y)) {
                continue;
            }
            double back = f.value(g.compile().value(y));
            if (!(Math.abs(back - y) <= 1e-9 * Math.max(1, Math.abs(y)))) {
                return Optional.empty();
            }
            checked++;
        }
        return checked >= 2 ? Optional.of(g) : Optional.empty();
    }

    @Override
    public Formula substitute(String var, Value value) {
        if (!variables.contains(var)) {
            throw new FormulaException(
                    "cannot substitute '"
                            + var
                            + "' in '"
                            + text
                            + "' (variables: "
                            + String.join(", ", variables)
                            + ")");
        }
        IExpr v =
                value.isRational()
                        ? F.QQ(
                                F.ZZ(value.rational().getNumerator()),
                                F.ZZ(value.rational().getDenominator()))
                        : ((SymjaFormula) Symbolic.get().parse(value.text(), List.of(), limit))
                                .expr;
        IExpr result =
                eval(
                        F.ReplaceAll(expr, F.Rule(symbol(var), v)),
                        text + " with " + var + " = " + value.text());
        List<String> rest = new ArrayList<>(variables);
        rest.remove(var);
        return derived(result, rest);
    }

    /**
     * This formula over a common denominator: -t/(2 (1+t)^(3/2)) + 1/Sqrt(1+t) becomes (2+t)/(2
     * (1+t)^(3/2)), whose interval enclosure sees that it is positive.
     */
    SymjaFormula together() {
        return derived(eval(F.Together(expr), "Together(" + text + ")"), variables);
    }

    /** x * f(x) for this formula f of one variable x (RangeBounds asks for t * eta(t)). */
    SymjaFormula timesVariable() {
        ISymbol x = symbol(variables.get(0));
        return derived(eval(F.Times(x, expr), variables.get(0) + "*(" + text + ")"), variables);
    }

    @Override
    public String tex() {
        return eval(F.unaryAST1(S.TeXForm, expr), "TeXForm(" + text + ")").toString().trim();
    }

    @Override
    public String mathml() {
        String xml = eval(F.unaryAST1(S.MathMLForm, expr), "MathMLForm(" + text + ")").toString();
        int start = xml.indexOf("<math");
        return start < 0
                ? xml
                : xml.substring(start).trim(); // drop the XML prolog so it embeds in HTML
    }

    @Override
    public CompiledFormula compile() {
        CompiledFormula c = compiled;
        if (c == null) {
            c = LambdaCompiler.compile(expr, variables);
            compiled = c;
        }
        return c;
    }

    @Override
    public String toString() {
        return text;
    }

    private SymjaFormula derived(IExpr result, List<String> vars) {
        return new SymjaFormula(engine, result.toString(), vars, result, limit);
    }

    private IExpr eval(IExpr call, String what) {
        IExpr result = engine.eval(call, limit, what);
        if (result.isFree(e -> e == S.$Aborted || e == S.$Failed, true)) {
            return result;
        }
        throw new FormulaException("'" + SymjaEngine.shorten(what) + "' was aborted by Symja");
    }

    private ISymbol symbol(String name) {
        if (!variables.contains(name) && !name.startsWith("y")) {
            throw new FormulaException(
                    "unknown variable '"
                            + name
                            + "' (variables: "
                            + String.join(", ", variables)
                            + ")");
        }
        // the parser's symbol, not F.symbol: the two can live in different contexts
        return (ISymbol) engine.parse(name, limit);
    }

    /** Each variable in turn takes every sample value; the others sit at a fixed generic point. */
    private List<double[]> samplePoints() {
        List<double[]> points = new ArrayList<>();
        int n = variables.size();
        for (int i = 0; i < n; i++) {
            for (double s : SAMPLES) {
                double[] p = new double[n];
                for (int j = 0; j < n; j++) {
                    p[j] = j == i ? s : 0.9 + 0.1 * j;
                }
                points.add(p);
            }
        }
        return points;
    }
}
