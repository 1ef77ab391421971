package dev.occam.symbolic;

import dev.occam.numeric.ElementFunction;
import dev.occam.numeric.Value;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A parsed, sandbox-checked formula in named variables. Immutable. */
public interface Formula {

    String text();

    List<String> variables();

    /** d/d var, simplified. */
    Formula derivative(String var);

    /**
     * The inverse of this univariate formula, y = f(x) solved for x and verified at sample points;
     * empty when Symja finds no real branch that verifies (callers fall back to a numeric inverse).
     */
    Optional<Formula> inverse();

    /** Substitute a numeric value (exact) for a variable, e.g. p = 4/3. */
    Formula substitute(String var, Value value);

    String tex();

    String mathml();

    /** text, tex and mathml, in that order (reports iterate it). */
    default Map<String, String> rendered() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("text", text());
        m.put("tex", tex());
        m.put("mathml", mathml());
        return m;
    }

    /** Compiled to a tree of Java lambdas; no Symja call when evaluated. */
    CompiledFormula compile();

    /** For univariate formulas: the compiled function as an element map of every tier. */
    default ElementFunction elementFunction() {
        return compile().asElementFunction();
    }
}
