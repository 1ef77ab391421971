package dev.occam.check;

import dev.occam.problem.Problem;
import dev.occam.spec.Section;
import dev.occam.spec.Spec;
import dev.occam.symbolic.Formula;
import dev.occam.symbolic.FormulaException;
import dev.occam.symbolic.Symbolic;
import java.util.List;

/**
 * What the kind builders of one sweep point share: the spec, and the problem once built. Formula
 * errors become spec errors at the formula's key.
 */
record Build(Spec spec, Problem problem) {

    Formula formula(Section section, String key, String text, List<String> variables) {
        try {
            return Symbolic.get().parse(text, variables, spec.run().formulaTimeLimit());
        } catch (FormulaException e) {
            throw section.error(key, e.getMessage());
        }
    }
}
