package dev.occam.plan.kind;

import dev.occam.algorithm.StepSize;
import dev.occam.claim.Level;
import dev.occam.numeric.Interval;
import dev.occam.spec.Section;

import java.util.List;

/**
 * A level key of the claims that compare a quantity with a threshold (reaches, band): a number, or
 * a formula in the run's constant step eta ("(1 - 0.05)*2/eta"), enclosed in interval arithmetic at
 * that eta when the plan is built (no Symja during the run).
 */
final class LevelKey {
    static final ValueType TYPE =
            ValueType.json(
                    "{\"oneOf\": [{\"$ref\": \"#/definitions/number\"}, {\"$ref\": \"#/definitions/nonEmptyString\"}]}",
                    "number or formula in eta");

    private LevelKey() {}

    static Level read(Section s, String key, PointContext b) {
        Section.NumberOrFormula n = s.numberOrFormula(key);
        if (n.isNumber()) return new Level(Interval.enclosing(n.number()), n.number().text());
        StepSize step = b.algorithm() == null ? null : b.algorithm().algorithm().step();
        double eta = step == null ? Double.NaN : step.constant();
        if (!Double.isFinite(eta))
            throw s.error(
                    key,
                    "'"
                            + n.formula()
                            + "' is a formula in eta, which needs an algorithm with a constant step");
        Interval v =
                b.formula(s, key, n.formula(), List.of("eta"))
                        .compile()
                        .enclose(Interval.point(eta));
        if (v.maybeUndefined() || !Double.isFinite(v.lo()) || !Double.isFinite(v.hi()))
            throw s.error(key, "'" + n.formula() + "' is not a finite number at eta = " + eta);
        return new Level(v, n.formula());
    }
}
