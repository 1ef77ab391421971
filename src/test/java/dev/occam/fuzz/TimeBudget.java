package dev.occam.fuzz;

import dev.occam.spec.Section;
import dev.occam.spec.Spec;
import dev.occam.spec.SpecLoader;
import dev.occam.spec.SweepPoint;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long {@code occam check} may take on one spec: each run may overshoot its run.time-limit by
 * 10%, on top of a fixed allowance for what is not a run (Java warm-up of a code path, loading,
 * validating, predicting, evaluating claims, deriving the report's symbolic objects) and a
 * per-point allowance (each point is built, predicted and evaluated; once per seed for sgd). A
 * gradient flow is integrated twice per point (its error bar); a plug-in step may run 2 s past the
 * limit before it is abandoned; a formula evaluation that hit run.formula-time-limit used that
 * limit on top. The allowances are measured: see {@link #FIXED_SECONDS}.
 */
final class TimeBudget {
    /**
     * Measured on the 2-core machine with the other fuzz worker busy: a case whose run is
     * negligible (5 iterations) took up to about 1.5 s beyond its runs (a classification spec: LPs
     * for the prediction, MathML for the report, symbolic set-up of its rate laws), 2 s for one
     * that met an arbitrary-precision tier for the first time; twice that leaves room for a loaded
     * machine.
     */
    static final double FIXED_SECONDS = 3.0;

    /** Each sweep point is built, predicted (up to 0.8 s in Dfp at 60 digits) and evaluated. */
    static final double PER_POINT_SECONDS = 0.8;

    static final double PLUGIN_GRACE_SECONDS = 2.0;
    private static final Pattern FORMULA_TIMEOUT =
            Pattern.compile("exceeded the time limit of ([0-9.]+)s");

    /**
     * A number written as an expression ("Exp(Exp(Exp(10)))") is evaluated by Symja when the spec
     * loads, before any run, under the loader's own fixed limit (docs/decisions.md: number strings
     * have a fixed 5 s limit), not under run.time-limit: such a spec may take up to that much more.
     */
    static final double NUMBER_STRING_SECONDS = 5.0;

    private static final Pattern NUMBER_STRING = Pattern.compile("\"[^\"\n]*\\(");

    private final SpecLoader loader =
            new SpecLoader(
                    text -> {
                        throw new IllegalArgumentException("numbers are not read here");
                    });

    /**
     * What the budget is made of, for the fingerprint: the kinds that ran and the precision tier.
     */
    static String describe(Spec spec) {
        if (spec == null) return "?";
        int digits = spec.run().precision();
        return spec.algorithmKind()
                + " on "
                + spec.problemKind()
                + " at "
                + (digits <= 16 ? "double" : digits <= 32 ? "double-double" : "dfp");
    }

    /**
     * @param spec the case's spec as {@link #load} read it, or null
     */
    static double secondsAllowed(Spec spec, String output) {
        return secondsAllowed(spec, output, "");
    }

    /** As {@link #secondsAllowed(Spec, String)}, with the spec's text for its number strings. */
    static double secondsAllowed(Spec spec, String output, String text) {
        double strings = NUMBER_STRING.matcher(text).find() ? NUMBER_STRING_SECONDS : 0;
        if (spec == null) return FIXED_SECONDS + strings;
        double limit = spec.run().timeLimit().toNanos() / 1e9;
        double seconds = FIXED_SECONDS;
        for (SweepPoint p : spec.points()) {
            // a stochastic method runs (and is evaluated) once per seed
            int seeds = "sgd".equals(kind(p.algorithm())) ? spec.run().seeds().count() : 1;
            seconds += seeds * (PER_POINT_SECONDS + 1.1 * limit * runs(p));
            if ("custom".equals(kind(p.algorithm()))) seconds += PLUGIN_GRACE_SECONDS;
        }
        Matcher m = FORMULA_TIMEOUT.matcher(output);
        if (m.find()) seconds += Double.parseDouble(m.group(1)) + 0.2;
        return seconds + strings;
    }

    /**
     * A gradient flow (kind or step: flow) is integrated twice: once, and once 100x tighter for its
     * error bar.
     */
    private static int runs(SweepPoint p) {
        Section a = p.algorithm();
        String step = a.has("step") && !a.isSection("step") ? text(a, "step") : "";
        return "gradient-flow".equals(kind(a)) || "flow".equals(step) ? 2 : 1;
    }

    private static String kind(Section s) {
        return text(s, "kind");
    }

    private static String text(Section s, String key) {
        try {
            return s.optionalString(key).orElse("");
        } catch (RuntimeException notAString) {
            return "";
        }
    }

    /**
     * The spec as occam's loader reads its structure (no numbers, no kinds), or null when it does
     * not load.
     */
    Spec load(FuzzCase c, Path file) {
        try {
            return loader.load(file, c.text());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
