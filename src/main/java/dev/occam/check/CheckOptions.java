package dev.occam.check;

import dev.occam.certify.Evidence;

/**
 * How to check: a precision override (null = each spec's own {@code run.precision}), and the
 * weakest evidence a HOLDS or FAILS may rest on (weaker ones become INCONCLUSIVE).
 */
public record CheckOptions(Integer precisionOverride, Evidence require) {
    public CheckOptions {
        if (require == null || require == Evidence.NONE) require = Evidence.TREND;
    }

    public CheckOptions(Integer precisionOverride) {
        this(precisionOverride, Evidence.TREND);
    }

    public static CheckOptions defaults() {
        return new CheckOptions(null);
    }
}
