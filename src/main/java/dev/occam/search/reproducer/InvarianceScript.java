package dev.occam.search.reproducer;

/**
 * The script of a failing {@code step-size-invariant} claim. Its error
 * (claim.StepSizeInvariantClaim) is ||w_T - w_T(ref)||_2, the distance between this point's last
 * iterate and the first sweep point's; with both exact fates known (evidence exact) it is the
 * distance between the two exact limits, which the script computes in closed form.
 */
final class InvarianceScript {
    private static final String REFERENCE = "_ref";

    private InvarianceScript() {}

    static String of(FailingClaim f) {
        f.requireGap();
        if (f.point() == 0) throw new NotReproducible("the first sweep point is its own reference");
        boolean exact = f.fromExactLimits(f.referencePlan(), f.pointPlan());
        String gap =
                exact
                        ? "gap = ||w_inf - w_inf(ref)||_2: occam compared the exact limits of the"
                                + " linear method at this point and at the first sweep point (computed"
                                + " here in closed form); the loops show the runs approaching them."
                        : "gap = ||w_T - w_T(ref)||_2, the Euclidean distance between the last iterates"
                                + " of this point and of the first sweep point (the reference), as"
                                + " occam's step-size-invariant claim measures it.";
        Script s = Script.headed(f, gap);
        s.section(
                "The reference: the first sweep point, " + f.where(0),
                PointCode.definitions(f.referencePlan(), f.referenceResult(), REFERENCE));
        s.section(
                "This sweep point, " + f.where(),
                PointCode.definitions(f.pointPlan(), f.pointResult(), ""));
        String run =
                """
                w_ref = run_ref(%d)
                w = run(%d)
                show("reference", w_ref)
                show("iterate", w)
                """
                        .formatted(f.referenceResult().iterations(), f.pointResult().iterations());
        if (exact) {
            run +=
                    """
                    limit_ref = %s
                    limit = %s
                    show("ref. limit", limit_ref)
                    show("limit", limit)
                    gap = np.linalg.norm(limit - limit_ref)
                    """
                            .formatted(
                                    ProblemCode.of(f.referencePlan().problem())
                                            .linearLimit(REFERENCE),
                                    ProblemCode.of(f.pointPlan().problem()).linearLimit(""));
        } else {
            run += "gap = np.linalg.norm(w - w_ref)\n";
        }
        run += Script.PRINT_GAP;
        s.section(
                "The runs occam reports: %d iterations at the reference, %d here"
                        .formatted(f.referenceResult().iterations(), f.pointResult().iterations()),
                run);
        return s.text();
    }
}
