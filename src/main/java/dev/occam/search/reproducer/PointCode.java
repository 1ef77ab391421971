package dev.occam.search.reproducer;

import dev.occam.plan.PointPlan;
import dev.occam.result.PointResult;

/**
 * One sweep point as python: the problem's data and gradient, the start {@code w0<suffix>} and
 * {@code run<suffix>(iterations)}.
 */
final class PointCode {
    /**
     * How run.PointRunner notes, in every claim's message, that a point which overflowed double was
     * re-run in a wider tier: float64 cannot repeat that run.
     */
    private static final String WIDER_RERUN =
            "(floating-point blow-up, not divergence); it was re-run in";

    private PointCode() {}

    static String definitions(PointPlan plan, PointResult result, String suffix) {
        if (result.claims().stream()
                .anyMatch(c -> c.message() != null && c.message().contains(WIDER_RERUN)))
            throw new NotReproducible(
                    "the run overflowed double and occam re-ran it in a wider tier, which float64"
                            + " cannot repeat");
        String update = plan.algorithm().descent(new UpdateCode(suffix));
        if (update == null)
            throw new NotReproducible(
                    "algorithm kind "
                            + plan.algorithm().kind()
                            + " (as configured here): the reproducer writes gradient descent,"
                            + " heavy ball, Nesterov, steepest descent and AdaGrad with constant"
                            + " steps");
        return ProblemCode.of(plan.problem()).definitions(suffix)
                + "\n\n# the start, as the spec gives it\nw0"
                + suffix
                + " = "
                + Python.vector(plan.init())
                + "\n\n"
                + update;
    }
}
