package dev.occam.check;

/** One checkable statement of a spec (design §2 claims[].kind). */
public interface Claim {
    String kind();

    /** The named quantity the claim is about (rate, value, monotone), else null. */
    default String quantity() {
        return null;
    }

    /**
     * @param reference the first sweep point's run, for claims that compare points (else unused)
     */
    ClaimResult evaluate(PointRun run, PointRun reference);

    /**
     * Whether this claim's decision at this run lies within ten times the run's rounding floor, so
     * that the checker confirms it one tier higher. Claims whose figures are not limited by the
     * tier's rounding say false.
     */
    default boolean nearFloor(PointRun run, PointRun reference) {
        return false;
    }
}
