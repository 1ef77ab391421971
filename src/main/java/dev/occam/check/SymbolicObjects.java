package dev.occam.check;

import dev.occam.algorithm.Algorithm;
import dev.occam.claim.Claim;
import dev.occam.prediction.Prediction;
import dev.occam.problem.Problem;
import dev.occam.symbolic.FormulaException;
import dev.occam.symbolic.Notation;

import org.hipparchus.fraction.BigFraction;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The symbolic objects of a spec that reports render as math, collected from the objects that own
 * them: the problem's loss and gradient, the potential's derived maps, the prediction, and the
 * claims' formulas (rate laws). Only for display: an object Symja cannot render in the time limit
 * is left out, never a reason for the check to fail.
 */
final class SymbolicObjects {
    /** About 20 decimal digits for numerator and denominator together. */
    static final int MAX_EXACT_BITS = 64;

    private SymbolicObjects() {}

    static Map<String, Map<String, String>> of(
            Problem problem,
            Algorithm algorithm,
            List<Claim> claims,
            Prediction prediction,
            Duration limit) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        putAll(out, problem.renderings(limit));
        if (algorithm.potential() != null) out.putAll(algorithm.potential().derived());
        if (prediction != null) {
            out.putAll(prediction.derived());
            if (prediction.exact() != null && readable(prediction.exact())) {
                put(
                        out,
                        "prediction (exact)",
                        () -> Notation.exactVector(prediction.exact(), limit));
            } else if (prediction.value() != null) {
                put(
                        out,
                        "prediction (approximately)",
                        () -> Notation.approximateVector(prediction.value(), limit));
            }
        }
        for (Claim c : claims) putAll(out, c.renderings());
        return out;
    }

    /**
     * Exact entries short enough to read; longer ones (random data) are shown to double precision.
     */
    private static boolean readable(BigFraction[] v) {
        for (var q : v)
            if (q.getNumerator().bitLength() + q.getDenominator().bitLength() > MAX_EXACT_BITS)
                return false;
        return true;
    }

    private static void putAll(
            Map<String, Map<String, String>> out,
            Map<String, Supplier<Map<String, String>>> renderings) {
        renderings.forEach((name, rendering) -> put(out, name, rendering));
    }

    private static void put(
            Map<String, Map<String, String>> out,
            String name,
            Supplier<Map<String, String>> rendering) {
        try {
            Map<String, String> forms = rendering.get();
            if (forms != null) out.put(name, forms);
        } catch (FormulaException e) {
            // display only: the report shows the other objects
        }
    }
}
