package dev.occam.search;

import dev.occam.plan.PointPlan;

/**
 * One sweep point as python: the problem's data and gradient, the start {@code w0<suffix>} and
 * {@code run<suffix>(iterations)}.
 */
final class PointCode {
    private PointCode() {}

    static String definitions(PointPlan plan, String suffix) {
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
