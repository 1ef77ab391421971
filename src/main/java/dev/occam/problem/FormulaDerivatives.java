package dev.occam.problem;

import dev.occam.symbolic.CompiledFormula;
import dev.occam.symbolic.Formula;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A formula with its symbolic first derivatives in its first k variables (the parameters w1..wk;
 * the rest, if any, are data x1..xd), each compiled once, and its second derivatives compiled on
 * the first call of {@link #hessian()}. Every derivative is Symja's, checked against finite
 * differences by {@link Formula#derivative}; nothing here calls Symja per evaluation. Thread-safe:
 * plans built from it are checked in parallel.
 */
public final class FormulaDerivatives {

    /** Functions whose second derivative is not defined everywhere (kinks, jumps). */
    private static final Pattern NOT_TWICE_DIFFERENTIABLE =
            Pattern.compile("\\b(Abs|Sign|Max|Min|UnitStep|Floor|Ceiling|Round)\\s*\\(");

    private final Formula formula;
    private final int parameters;
    private final CompiledFormula value;
    private final Formula[] first;
    private final CompiledFormula[] gradient;
    private CompiledFormula[][] hessian;

    private FormulaDerivatives(Formula formula, int parameters) {
        this.formula = formula;
        this.parameters = parameters;
        this.value = formula.compile();
        this.first = new Formula[parameters];
        this.gradient = new CompiledFormula[parameters];
        List<String> vars = formula.variables();
        for (int i = 0; i < parameters; i++) {
            first[i] = formula.derivative(vars.get(i));
            gradient[i] = first[i].compile();
        }
    }

    /**
     * Differentiates once in the first {@code parameters} variables of the formula.
     *
     * @throws dev.occam.symbolic.FormulaException when Symja fails or exceeds the time limit
     */
    public static FormulaDerivatives of(Formula formula, int parameters) {
        return new FormulaDerivatives(formula, parameters);
    }

    public Formula formula() {
        return formula;
    }

    /** Number of parameters k. */
    public int parameters() {
        return parameters;
    }

    /** Number of variables (parameters, then data). */
    public int arity() {
        return formula.variables().size();
    }

    public CompiledFormula value() {
        return value;
    }

    /** d f / d w_(i+1), as Symja's formula (for rendering). */
    public Formula derivative(int i) {
        return first[i];
    }

    /** d f / d w_(i+1), compiled. */
    public CompiledFormula gradient(int i) {
        return gradient[i];
    }

    /**
     * Whether the formula is free of the functions with kinks (Abs, Sign, Max, Min and the like),
     * so that its Hessian exists everywhere. ReLU is written with Abs, so a ReLU network is not.
     */
    public boolean twiceDifferentiable() {
        return !NOT_TWICE_DIFFERENTIABLE.matcher(formula.text()).find();
    }

    /**
     * The second derivatives d^2 f / d w_i d w_j (i, j < k, the matrix symmetric, one object per
     * pair), derived and compiled by Symja on the first call: call it while building a plan, not
     * during a check.
     */
    public synchronized CompiledFormula[][] hessian() {
        if (hessian == null) {
            List<String> vars = formula.variables();
            CompiledFormula[][] h = new CompiledFormula[parameters][parameters];
            for (int i = 0; i < parameters; i++) {
                for (int j = i; j < parameters; j++) {
                    h[i][j] = first[i].derivative(vars.get(j)).compile();
                    h[j][i] = h[i][j];
                }
            }
            hessian = h;
        }
        return hessian;
    }
}
