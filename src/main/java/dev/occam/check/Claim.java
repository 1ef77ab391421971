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
}
