package dev.occam.prediction;

import dev.occam.numeric.Value;
import dev.occam.problem.Classification;

import org.hipparchus.fraction.BigFraction;

import java.util.List;

/**
 * The signed points z_n = y_n x_n of a classification problem, exactly and in double, once the
 * separability precondition has been checked: what every max-margin prediction starts from.
 *
 * @param unmet null when the data are separable, else why not
 */
record Signed(Value[][] zv, BigFraction[][] z, double[][] zd, String unmet) {

    /** Checks separability (LP) and records the outcome in {@code preconditions}. */
    static Signed of(Classification problem, List<String> preconditions) {
        Value[][] zv = problem.signed();
        BigFraction[][] z = Fractions.of(zv);
        double[][] zd = Separability.toDouble(zv);
        Separability.Result separable = Separability.check(z, zd);
        if (separable.separable()) preconditions.add(separable.message());
        return new Signed(zv, z, zd, separable.separable() ? null : separable.message());
    }
}
