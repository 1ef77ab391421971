package dev.occam.certify;

import dev.occam.symbolic.CompiledFormula;
import dev.occam.symbolic.Formula;

import java.util.List;

/**
 * A rate law in t and its constants, compiled once with its partial derivatives in the constants
 * (the fit's Jacobian): Symja runs when the plan is built, so a law it cannot differentiate within
 * the spec's formula time limit is an error at the spec's key, never a failure in the middle of a
 * check.
 */
public record CompiledLaw(Formula formula, CompiledFormula value, CompiledFormula[] partials) {

    /**
     * @throws dev.occam.symbolic.FormulaException when Symja cannot differentiate the law within
     *     its time limit
     */
    public static CompiledLaw of(Formula law) {
        List<String> constants = law.variables().subList(1, law.variables().size());
        CompiledFormula[] partials = new CompiledFormula[constants.size()];
        for (int j = 0; j < partials.length; j++)
            partials[j] = law.derivative(constants.get(j)).compile();
        return new CompiledLaw(law, law.compile(), partials);
    }

    /** The constants, in the order of the formula's variables after t. */
    public List<String> constants() {
        return formula.variables().subList(1, formula.variables().size());
    }

    public String text() {
        return formula.text();
    }
}
