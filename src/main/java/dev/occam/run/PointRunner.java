package dev.occam.run;

import dev.occam.algorithm.Algorithm;
import dev.occam.algorithm.IntegrationFailure;
import dev.occam.algorithm.IterationWatch;
import dev.occam.algorithm.LinearUpdate;
import dev.occam.algorithm.Runner;
import dev.occam.algorithm.Stepper;
import dev.occam.algorithm.Trajectory;
import dev.occam.certify.LeastSquaresFacts;
import dev.occam.certify.LinearDynamics;
import dev.occam.certify.PredictedRates;
import dev.occam.certify.SpectralBounds;
import dev.occam.certify.StepBound;
import dev.occam.certify.TailBound;
import dev.occam.certify.TailBounds;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Tiers;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;
import dev.occam.prediction.MaxMarginOffset;
import dev.occam.prediction.Prediction;
import dev.occam.prediction.PredictionInput;
import dev.occam.prediction.Predictor;
import dev.occam.problem.AffineGradient;
import dev.occam.problem.MarginLoss;
import dev.occam.problem.Objective;
import dev.occam.problem.Problem;
import dev.occam.problem.SquaredResiduals;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleConsumer;

/**
 * Runs one sweep point in a tier: computes the prediction, runs the algorithm with the claims'
 * watches, re-runs a floating-point blow-up where the format cannot overflow, estimates a flow's
 * integration error, decides a linear method's fate exactly where it can, and bounds the tail.
 */
public record PointRunner(
        Map<String, String> parameters,
        Problem problem,
        Algorithm algorithm,
        Value[] init,
        Predictor predictor,
        WatchFactory watches) {

    /**
     * The prediction at {@code precision} digits; a prediction outside its domain is unavailable
     * with the reason.
     */
    public Prediction predict(int precision) {
        try {
            double step = algorithm.asymptoticStep();
            PredictionInput input = new PredictionInput(problem, init, step, precision);
            Prediction p = predictor.predict(input);
            MarginLoss data = problem.marginLoss();
            if (data == null) return p;
            p = StepBound.check(p, algorithm, data, init);
            return withOffset(p, input);
        } catch (IllegalArgumentException e) {
            return Prediction.unmet(predictor.kind(), List.of(), e.getMessage());
        }
    }

    /**
     * An l2 max-margin prediction for a method SHN+18 covers (constant-step GD, heavy ball,
     * Nesterov, the plain gradient flow) carries the offset w~ too, when it exists: direction and
     * value claims then rest on the offset residual's decay, the sharpest evidence there is,
     * whatever prediction kind names w_hat.
     */
    private Prediction withOffset(Prediction p, PredictionInput input) {
        if (!p.available()
                || !p.kind().equals("max-margin")
                || p.quantities().containsKey("w_tilde")
                || p.nonEuclideanMargin()) {
            return p;
        }
        if (!algorithm.shnFamily() || !(input.step() > 0) || !Double.isFinite(input.step()))
            return p;
        Prediction offset = new MaxMarginOffset().predict(input);
        if (!offset.available()) return p;
        Map<String, BigDecimal[]> q = new LinkedHashMap<>(p.quantities());
        q.put("w_tilde", offset.quantities().get("w_tilde"));
        return new Prediction(
                p.kind(),
                p.value(),
                p.exact(),
                p.certificate(),
                p.preconditions(),
                p.unmet(),
                p.references(),
                p.derived(),
                q,
                p.outside(),
                p.marginNorm());
    }

    /**
     * Runs the point. {@code run.time-limit} is the point's whole wall-clock budget: a re-run in
     * arbitrary precision after a blow-up, and a flow's re-integration, get what the main run left.
     */
    public PointRun run(Tier tier, int precision, Runner runner, DoubleConsumer progress) {
        long started = System.nanoTime();
        // at least the tier's digits: a prediction rounded to precision + guard digits (27 for
        // precision 17) would sit farther from the exact limit than a double-double run does
        Prediction prediction = predict(Math.max(precision, tier.digits()));
        SquaredResiduals residuals = problem.squaredResiduals();
        LeastSquaresFacts facts = residuals == null ? null : LeastSquaresFacts.of(residuals);
        LinearDynamics.Decision fate = exactFate(facts);
        Attempt attempt;
        try {
            attempt = attempt(prediction, tier, runner, progress);
        } catch (IntegrationFailure e) {
            if (fate == null) throw e;
            // the exact analysis still decides; the run contributes nothing
            return new PointRun(
                    parameters,
                    problem,
                    algorithm,
                    init,
                    tier,
                    notRun(tier),
                    prediction,
                    prediction.available() ? tier.of(prediction.value()) : null,
                    TailBound.none("the run could not be completed: " + e.getMessage()),
                    0,
                    Double.NaN,
                    Map.of(),
                    facts,
                    fate,
                    "the run could not be completed: " + e.getMessage());
        }
        String note = null;
        if (attempt.trajectory().blewUp()
                && fate == null
                && algorithm.maxDigits() > Math.max(32, tier.digits())
                && Tiers.hasDoubleRange(tier)) {
            // a blow-up in a tier built of doubles may be overflow of the format, not of the
            // method: Dfp's exponent reaches 10^131072, so the same run there tells the two apart
            // the requested digits and 8 more, at least 40 (for a quad-double run: not its 62)
            Tier wide = Tiers.arbitrary(Math.max(40, precision + 8));
            Attempt again = attempt(prediction, wide, rest(runner, started), progress);
            note =
                    again.trajectory().blewUp()
                            ? "the run blew up in "
                                    + tier.name()
                                    + " and again in "
                                    + wide.name()
                                    + " (no overflow there)"
                            : "the run overflowed "
                                    + tier.name()
                                    + " at iteration "
                                    + attempt.trajectory().iterations()
                                    + " (floating-point blow-up, not divergence); it was re-run in "
                                    + wide.name();
            attempt = again;
            tier = wide;
        }
        Trajectory trajectory = attempt.trajectory();
        double extra = 0;
        String refinement = null;
        Algorithm tighter = algorithm.refined();
        if (tighter != null && !trajectory.blewUp()) {
            Objective objective = problem.objective(tier);
            try {
                Trajectory refined =
                        rest(runner, started)
                                .run(tighter.start(objective, tier.of(init)), objective, progress);
                extra = trajectory.last().distance(refined.last());
                if (refined.timeLimited() && !trajectory.timeLimited()) {
                    refinement =
                            "the integrator's error could not be estimated: the re-integration at 100x tighter tolerance ran "
                                    + "out of the point's time limit at iteration "
                                    + refined.iterations()
                                    + " of "
                                    + trajectory.iterations();
                }
            } catch (IntegrationFailure e) {
                refinement =
                        "the integrator's error could not be estimated: at 100x tighter tolerance "
                                + e.getMessage();
            }
        }
        TailBound tail =
                refinement != null
                        ? TailBound.none(refinement)
                        : TailBounds.of(algorithm, trajectory, facts)
                                .plusEstimated(
                                        extra,
                                        String.format(
                                                Locale.ROOT,
                                                "ODE global error %.2e estimated by re-integrating at 100x tighter tolerance",
                                                extra));
        Vec predicted = prediction.available() ? tier.of(prediction.value()) : null;
        double proved = PredictedRates.contraction(algorithm, problem);
        return new PointRun(
                parameters,
                problem,
                algorithm,
                init,
                tier,
                trajectory,
                prediction,
                predicted,
                tail,
                extra,
                proved,
                attempt.watches(),
                facts,
                fate,
                note);
    }

    /**
     * The runner with what is left of the point's time limit since {@code started} (at least a
     * millisecond).
     */
    private static Runner rest(Runner runner, long started) {
        long left = runner.timeLimit().toNanos() - (System.nanoTime() - started);
        return runner.withTimeLimit(Duration.ofNanos(Math.max(1_000_000L, left)));
    }

    /**
     * The trajectory of a run that could not take a step: its start, stopped as an integration
     * failure.
     */
    private Trajectory notRun(Tier tier) {
        Vec w0 = tier.of(init);
        return new Trajectory(
                List.of(
                        new Trajectory.Sample(
                                0, w0, problem.objective(tier).logLoss(w0).doubleValue())),
                new double[0],
                0,
                "integration failure",
                0,
                0);
    }

    /** One run of the algorithm in a tier, with the watches its claims asked for. */
    private record Attempt(Trajectory trajectory, Map<Object, IterationWatch> watches) {}

    private Attempt attempt(
            Prediction prediction, Tier tier, Runner runner, DoubleConsumer progress) {
        runner = runner.withFloorStop(TailBounds.stationary(algorithm));
        Objective objective = problem.objective(tier);
        Stepper stepper = algorithm.start(objective, tier.of(init));
        Map<Object, IterationWatch> made =
                watches.watches(objective, prediction.available() ? prediction : null, tier);
        IterationWatch all = made.values().stream().reduce(null, IterationWatch::both);
        Trajectory trajectory = algorithm.run(runner, stepper, objective, progress, all);
        return new Attempt(trajectory, Map.copyOf(made));
    }

    /**
     * The exact fate of constant-step GD, heavy ball or Nesterov (or the plain flow) on a problem
     * with an affine gradient, or null. Least squares' facts already hold the proved spectrum of K
     * = X X^T.
     */
    private LinearDynamics.Decision exactFate(LeastSquaresFacts facts) {
        AffineGradient affine = problem.affineGradient();
        LinearUpdate u = algorithm.linearUpdate();
        if (affine == null || u == null) return null;
        SpectralBounds spectrum = facts == null ? null : facts.bounds();
        if (u.kind() == LinearUpdate.Kind.GRADIENT_FLOW)
            return LinearDynamics.decide(affine, init, u.kind(), null, 0, spectrum);
        if (u.step() == null || u.step().exactConstant() == null) return null;
        return LinearDynamics.decide(
                affine, init, u.kind(), u.step().exactConstant(), u.beta(), spectrum);
    }
}
