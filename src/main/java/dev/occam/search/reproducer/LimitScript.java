package dev.occam.search.reproducer;

import dev.occam.plan.PointPlan;
import dev.occam.result.ClaimResult;
import dev.occam.result.Figure;
import dev.occam.spec.Section;

import org.hipparchus.fraction.BigFraction;

import java.util.List;

/**
 * The script of a failing {@code limit} claim. Its error (claim.LimitClaim) is ||w_T - w*||_2, the
 * Euclidean distance of the last iterate to the prediction whatever the method's norm; when the
 * method's exact fate was known (evidence exact: GD, heavy ball or Nesterov with a rational
 * constant step on a problem with an affine gradient), it is the exact limit's distance instead,
 * and the script computes that limit in closed form besides running the loop.
 */
final class LimitScript {
    private LimitScript() {}

    static String of(FailingClaim f) {
        PointPlan plan = f.pointPlan();
        f.requireGap();
        List<String> prediction = prediction(f.claim());
        ProblemCode problem = ProblemCode.of(plan.problem());
        boolean exact = f.fromExactLimits(plan);
        String gap =
                exact
                        ? "gap = ||w_inf - w*||_2: occam decided this claim exactly, from the exact"
                                + " limit w_inf of the linear method from w0 (computed here in closed"
                                + " form); the loop shows the run approaching it."
                        : "gap = ||w_T - w*||_2, the Euclidean distance of the last iterate w_T to the"
                                + " prediction w*, as occam's limit claim measures it (in l2, whatever"
                                + " the norm of the method or of the prediction).";
        Script s = Script.headed(f, gap);
        s.section(
                "The problem, the start and the update of this sweep point, as occam runs them",
                PointCode.definitions(plan, f.pointResult(), ""));
        String run =
                "w = run(%d)\nprediction = %s\nshow(\"iterate\", w)\n"
                        .formatted(f.pointResult().iterations(), Python.decimals(prediction));
        if (exact) {
            run +=
                    """
                    limit = %s
                    show("limit", limit)
                    print(f"distance of the iterate to the limit = {np.linalg.norm(w - limit):.3e}")
                    show("prediction", prediction)
                    gap = np.linalg.norm(limit - prediction)
                    """
                            .formatted(problem.linearLimit(""));
        } else {
            run += "show(\"prediction\", prediction)\ngap = np.linalg.norm(w - prediction)\n";
        }
        run += Script.PRINT_GAP;
        s.section(
                "The run occam reports (%d iterations), and the prediction copied from its result"
                        .formatted(f.pointResult().iterations()),
                run);
        s.section(
                "Why the run and the prediction are what they are",
                problem.check("", lpExponent(f)));
        return s.text();
    }

    private static List<String> prediction(ClaimResult c) {
        if (c.predicted() instanceof Figure.Digits d) return d.entries();
        throw new NotReproducible("the failing limit claim carries no predicted point");
    }

    /**
     * P when the prediction is the min-l_P-distance interpolant (l2: 2); null for other predictions
     * and norms (l1, linf, quadratic), whose optimality conditions are not one residual.
     */
    private static BigFraction lpExponent(FailingClaim f) {
        if (!"min-distance-interpolant".equals(f.plan().spec().predictionKind())) return null;
        Section prediction = f.pointPlan().point().prediction();
        if (prediction.isSection("norm")) return null;
        String norm = prediction.optionalString("norm").orElse("l2");
        if (norm.equals("l2")) return BigFraction.TWO;
        return norm.startsWith("lp:") ? Exponent.of(norm.substring(3)) : null;
    }
}
