package dev.occam.plan.kind;

import dev.occam.certify.CompiledLaw;
import dev.occam.problem.Problem;
import dev.occam.problem.SeparablePotential;
import dev.occam.spec.Section;
import dev.occam.spec.Spec;
import dev.occam.symbolic.CompiledFormula;
import dev.occam.symbolic.Formula;
import dev.occam.symbolic.FormulaException;
import dev.occam.symbolic.Symbolic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the kind builders of one sweep point share: the spec, the problem once built, the algorithm
 * once built (a prediction may read a parameter of the method it is about, e.g. a diagonal
 * network's init-scale, so that one sweep key moves both), and the potentials already derived for
 * this spec (every sweep point, the algorithm and the prediction share one). Formula errors become
 * spec errors at the formula's key.
 */
public record PointContext(
        Spec spec,
        Problem problem,
        Map<String, SeparablePotential> potentials,
        ConfiguredAlgorithm algorithm,
        Map<String, CompiledLaw> laws,
        Map<String, CompiledFormula> quantities,
        Map<String, Object> derived) {

    /** A spec's context before its first point: nothing built, nothing derived. */
    public PointContext(Spec spec) {
        this(spec, null, new HashMap<>(), null, new HashMap<>(), new HashMap<>(), new HashMap<>());
    }

    /** The same spec's context with its point's problem built (and no algorithm yet). */
    public PointContext with(Problem built) {
        return new PointContext(spec, built, potentials, null, laws, quantities, derived);
    }

    /** This context with its point's algorithm built. */
    public PointContext with(ConfiguredAlgorithm built) {
        return new PointContext(spec, problem, potentials, built, laws, quantities, derived);
    }

    /**
     * A law compiled with its derivatives, once per spec and text: each sweep point builds its own
     * claims, and differentiating a law in Symja takes a good part of a second.
     */
    CompiledLaw law(
            String text, List<String> variables, java.util.function.Supplier<CompiledLaw> compile) {
        return laws.computeIfAbsent(variables + " " + text, k -> compile.get());
    }

    /**
     * A claim's formula quantity compiled in these variables, once per spec and text (every sweep
     * point builds its claims again).
     *
     * @throws FormulaException when Symja refuses the formula (the caller words the error)
     */
    CompiledFormula quantity(String text, List<String> variables) {
        String id = variables + " " + text;
        CompiledFormula known = quantities.get(id);
        if (known == null) {
            known = Symbolic.get().parse(text, variables, spec.run().formulaTimeLimit()).compile();
            quantities.put(id, known);
        }
        return known;
    }

    /**
     * The potential with this text, derived once per spec; a potential that is not convex is an
     * error at the key.
     */
    public SeparablePotential potential(Section section, String key, String text) {
        try {
            SeparablePotential known = potentials.get(text);
            if (known == null) {
                known = SeparablePotential.of(text, spec.run().formulaTimeLimit());
                potentials.put(text, known);
            }
            return known;
        } catch (FormulaException e) {
            throw section.error(key, e.getMessage());
        }
    }

    /**
     * What a kind builder derives once per spec and reuses at every sweep point (a model's compiled
     * derivatives, its verified homogeneity), by a key the builder chooses; the type is the
     * builder's.
     */
    @SuppressWarnings("unchecked")
    <T> T derived(String key, java.util.function.Supplier<T> derive) {
        Object known = derived.get(key);
        if (known == null) {
            known = derive.get();
            derived.put(key, known);
        }
        return (T) known;
    }

    public Formula formula(Section section, String key, String text, List<String> variables) {
        try {
            return Symbolic.get().parse(text, variables, spec.run().formulaTimeLimit());
        } catch (FormulaException e) {
            throw section.error(key, e.getMessage());
        }
    }
}
