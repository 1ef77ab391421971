package dev.occam.fuzz;

import dev.occam.numeric.Value;
import dev.occam.spec.Section;
import dev.occam.spec.Spec;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Defects the fuzzer found whose fix belongs to packages this test's authors do not change (check,
 * algorithm, problem, prediction, numeric). Each is listed with what it does and a reproducer
 * (src/test/resources/fuzz-known-open/), which {@link KnownOpenTest} runs on every build: when one
 * no longer reproduces, that test fails and asks for the entry to be removed. A fuzz violation
 * whose fingerprint is listed here is reported but does not fail {@link SpecFuzzTest}; nothing else
 * is excused. Keep the list short: fix, then delete.
 *
 * @param fingerprint how the {@link Violation#fingerprint()} it causes begins (null if it only
 *     keeps cases out)
 * @param quarantine cases the defect would make stall every other case of the process (a JVM-wide
 *     lock held for minutes) or burn their whole budget are not run by the fuzz test; null if none
 *     need to be kept out
 */
record KnownOpen(
        String id, String fingerprint, Predicate<Spec> quarantine, String reproducer, String what) {

    static final List<KnownOpen> ALL =
            List.of(
                    new KnownOpen(
                            "dfp-field-precision",
                            null,
                            spec -> spec.run().precision() > 200,
                            "dfp-field-precision.yaml",
                            "run.precision above about 200 digits: Hipparchus' DfpField(digits + 8), created by Tiers.forDigits before the "
                                    + "run starts, computes its constants for seconds to minutes (5 s at 250 digits, 10 s at 300, 80 s at 600) "
                                    + "under a JVM-wide lock on DfpField.class, unbounded by run.time-limit, stalling every other check "
                                    + "that creates a DfpField; from about 600 digits it then throws StringIndexOutOfBoundsException "
                                    + "(ERROR, exit 4)"),
                    new KnownOpen(
                            "exact-prediction-on-generated-data",
                            null,
                            KnownOpen::largeGeneratedLeastSquares,
                            "exact-prediction-on-generated-data.yaml",
                            "least squares on generated data of a thousand entries or more: the min-distance prediction is solved in exact "
                                    + "rationals (each entry a 53-bit binary fraction; QuadraticInterpolant.solve) before the run, unbounded by "
                                    + "run.time-limit: 2-6 s for the bundled 20x60 system, 11 s for 30x90, with a 1 s limit; such cases would "
                                    + "each burn their whole budget, so they are kept out"),
                    new KnownOpen(
                            "prediction-on-huge-generated-data",
                            null,
                            spec -> generatedEntries(spec) >= 10_000,
                            "prediction-on-huge-generated-data.yaml",
                            "predictions on generated data of 10,000 entries or more are computed before the run, unbounded by "
                                    + "run.time-limit: the max-margin prediction's non-uniqueness LP (MarginLp.primal through "
                                    + "PolyhedralMargin.nonUniqueness) on one point with 100,000 features runs for minutes, the least-squares "
                                    + "prediction of a 1x100000 X fails in Symja (ASTElementLimitExceeded, exit 4); such cases would each "
                                    + "burn their whole budget, so they are kept out"),
                    new KnownOpen(
                            "hyperbolic-entropy-huge-data",
                            "time in dev.occam.problem.HyperbolicEntropy.sinh",
                            null,
                            "hyperbolic-entropy-huge-data.yaml",
                            "hyperbolic-entropy-interpolant with a measurement of 2^63 - 1: the prediction spends its time in "
                                    + "HyperbolicEntropy.sinh, unbounded by run.time-limit (over 60 s on main); reproduces on main"));

    /**
     * Entries of the largest generated X of the first point, 0 when X is not generated (the only
     * place cases generate much).
     */
    private static double generatedEntries(Spec spec) {
        try {
            Section problem = spec.points().get(0).problem();
            if (!problem.isSection("X")) return 0;
            double entries = 1;
            for (Value n : problem.section("X").vector("shape")) entries *= n.doubleValue();
            return entries;
        } catch (RuntimeException unreadable) {
            return 0;
        }
    }

    /**
     * least-squares, min-distance-interpolant, X = {random: ..., shape: [r, c]} with r c >= 1000.
     */
    private static boolean largeGeneratedLeastSquares(Spec spec) {
        try {
            Section problem = spec.points().get(0).problem();
            if (!problem.optionalString("kind").orElse("").equals("least-squares")
                    || !problem.isSection("X")
                    || !spec.points()
                            .get(0)
                            .prediction()
                            .optionalString("kind")
                            .orElse("")
                            .equals("min-distance-interpolant")) {
                return false;
            }
            return generatedEntries(spec) >= 1000;
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    static Optional<KnownOpen> quarantining(Spec spec) {
        return spec == null
                ? Optional.empty()
                : ALL.stream()
                        .filter(k -> k.quarantine() != null && k.quarantine().test(spec))
                        .findFirst();
    }

    /**
     * The entry whose fingerprint the violation's begins with (a time overrun's sampled frame below
     * the stage may vary).
     */
    static Optional<KnownOpen> matching(Violation v) {
        return ALL.stream()
                .filter(k -> k.fingerprint() != null && v.fingerprint().startsWith(k.fingerprint()))
                .findFirst();
    }
}
