package dev.occam.result;

/** Outcome of a claim, a sweep point or a spec (docs/spec-format.md). */
public enum Verdict {
    HOLDS,
    FAILS,
    INCONCLUSIVE,
    ERROR;

    /**
     * Spec verdict from its parts: FAILS if any fails, HOLDS if all hold, ERROR if any errored,
     * else INCONCLUSIVE.
     */
    public static Verdict combine(Iterable<Verdict> parts) {
        boolean any = false, allHold = true, error = false;
        for (Verdict v : parts) {
            any = true;
            if (v == FAILS) return FAILS;
            if (v == ERROR) error = true;
            if (v != HOLDS) allHold = false;
        }
        if (error) return ERROR;
        return any && allHold ? HOLDS : INCONCLUSIVE;
    }
}
