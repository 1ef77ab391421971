package dev.occam.check;

import dev.occam.certify.Evidence;

/**
 * How to check: a precision override (null = each spec's own {@code run.precision}), the weakest
 * evidence a HOLDS or FAILS may rest on (weaker ones become INCONCLUSIVE), and whether to build the
 * derived symbolic objects (TeX and MathML of the loss, gradient, prediction), which only reports
 * and {@code --json} show and which cost Symja time on every spec.
 */
public record CheckOptions(Integer precisionOverride, Evidence require, boolean derived) {
    public CheckOptions {
        if (require == null || require == Evidence.NONE) require = Evidence.TREND;
    }

    public CheckOptions(Integer precisionOverride, Evidence require) {
        this(precisionOverride, require, true);
    }

    public CheckOptions(Integer precisionOverride) {
        this(precisionOverride, Evidence.TREND);
    }

    public static CheckOptions defaults() {
        return new CheckOptions(null);
    }

    /** The same options without the derived symbolic objects (nothing will show them). */
    public CheckOptions withoutDerived() {
        return new CheckOptions(precisionOverride, require, false);
    }
}
