package dev.occam.check;

import dev.occam.algorithm.CustomAlgorithm;
import dev.occam.algorithm.GradientFlow;
import dev.occam.algorithm.IterationWatch;
import dev.occam.algorithm.Runner;
import dev.occam.algorithm.Trajectory;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Vec;
import dev.occam.prediction.Prediction;
import dev.occam.prediction.PredictionInput;
import dev.occam.prediction.Predictor;
import dev.occam.problem.Objective;
import dev.occam.problem.Problem;
import dev.occam.spec.Expect;
import dev.occam.spec.Spec;
import dev.occam.spec.SweepPoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks one spec: builds problem, algorithm, prediction and claims for every sweep point (so an
 * invalid point is reported before anything runs), runs each point, certifies, and decides the
 * verdict. Thread-safe; specs may be checked in parallel.
 */
public final class Checker {
    private final CheckOptions options;

    public Checker(CheckOptions options) {
        this.options = options;
    }

    /** One sweep point, built. */
    private record Plan(SweepPoint point, Problem problem, Kinds.Configured algorithm, Predictor predictor, List<Claim> claims) {
    }

    /**
     * Runs the spec. Invalid kind-level input (unknown kind, wrong dimension, bad formula) throws
     * {@link dev.occam.spec.SpecError} before anything runs; failures during the run become
     * verdicts (INCONCLUSIVE with a reason, or ERROR for internal failures), never exceptions.
     */
    public SpecResult check(Spec spec, Progress progress) {
        return check(spec, progress, plan(spec));
    }

    /**
     * As {@link #check(Spec, Progress)} with every sweep point's algorithm replaced by
     * {@code substitute.apply(the spec's own algorithm)}, keeping the spec's init (e.g. a user's
     * {@link dev.occam.algorithm.CustomAlgorithm} in place of the gradient descent the spec names).
     * A custom algorithm runs in the double tier: the precision is capped at 16 digits.
     */
    public SpecResult check(Spec spec, Progress progress, java.util.function.UnaryOperator<dev.occam.algorithm.Algorithm> substitute) {
        List<Plan> plans = new ArrayList<>();
        for (Plan p : plan(spec)) {
            Kinds.Configured configured = new Kinds.Configured(substitute.apply(p.algorithm().algorithm()), p.algorithm().init());
            plans.add(new Plan(p.point(), p.problem(), configured, p.predictor(), p.claims()));
        }
        return check(spec, progress, plans);
    }

    private SpecResult check(Spec spec, Progress progress, List<Plan> plans) {
        long start = System.nanoTime();
        int precision = precision(spec);
        if (plans.stream().anyMatch(p -> p.algorithm().algorithm() instanceof CustomAlgorithm)) precision = Math.min(precision, 16);
        Tier tier = Tier.forDigits(precision);
        Runner runner = new Runner(spec.run().maxIterations(), spec.run().timeLimit());
        List<PointRun> runs = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            int index = i;
            try {
                runs.add(run(plans.get(i), tier, precision, runner, f -> progress.update(spec.id(), index, plans.size(), f)));
            } catch (RuntimeException e) {
                runs.add(null);
                errors.add("point " + plans.get(i).point().parameters() + ": " + e);
            }
        }
        List<PointResult> points = new ArrayList<>();
        PointRun reference = runs.get(0);
        for (int i = 0; i < plans.size(); i++) {
            points.add(runs.get(i) == null ? errorPoint(plans.get(i), errors) : evaluate(plans.get(i), runs.get(i), reference));
        }
        Verdict verdict = Verdict.combine(points.stream().map(PointResult::verdict).toList());
        boolean asExpected = spec.expect() == Expect.HOLDS ? verdict == Verdict.HOLDS : verdict == Verdict.FAILS;
        PointRun first = runs.stream().filter(r -> r != null).findFirst().orElse(null);
        return new SpecResult(spec.id(), spec.file() == null ? null : spec.file().toString(), spec.title(), spec.source(),
                spec.statement(), spec.expect().word(), spec.problemKind(), verdict, asExpected, (System.nanoTime() - start) / 1e9,
                message(verdict, points), first == null ? null : Reports.prediction(first.prediction()), points, precision,
                tier.name(), derived(spec, plans.get(0), first == null ? null : first.prediction()), Reports.tables(runs, plans.size()),
                Reports.limits(runs));
    }

    /** Builds every sweep point without running: throws the first kind-level {@link dev.occam.spec.SpecError}. */
    public void validate(Spec spec) {
        plan(spec);
    }

    /** The derived symbolic objects, the prediction and its certificate, without running the algorithm. */
    public SpecResult explain(Spec spec) {
        Plan plan = plan(spec).get(0);
        int precision = precision(spec);
        Prediction prediction = predict(plan, precision);
        return new SpecResult(spec.id(), spec.file() == null ? null : spec.file().toString(), spec.title(), spec.source(),
                spec.statement(), spec.expect().word(), spec.problemKind(), Verdict.INCONCLUSIVE, false, 0, "not run (explain)",
                Reports.prediction(prediction), List.of(), precision, Tier.forDigits(precision).name(),
                derived(spec, plan, prediction), List.of(), List.of());
    }

    private int precision(Spec spec) {
        return options.precisionOverride() != null ? options.precisionOverride() : spec.run().precision();
    }

    private static List<Plan> plan(Spec spec) {
        List<Plan> plans = new ArrayList<>();
        for (SweepPoint point : spec.points()) {
            Problem problem = Kinds.build(Kinds.PROBLEMS, point.problem(), new Build(spec, null));
            Build build = new Build(spec, problem);
            Kinds.Configured algorithm = Kinds.build(Kinds.ALGORITHMS, point.algorithm(), build);
            Predictor predictor = Kinds.build(Kinds.PREDICTIONS, point.prediction(), build);
            List<Claim> claims = new ArrayList<>();
            for (var c : point.claims()) claims.add(Kinds.build(Kinds.CLAIMS, c, build));
            plans.add(new Plan(point, problem, algorithm, predictor, claims));
        }
        return plans;
    }

    private static Prediction predict(Plan plan, int precision) {
        try {
            double step = plan.algorithm().algorithm().asymptoticStep();
            Prediction p = plan.predictor().predict(new PredictionInput(plan.problem(), plan.algorithm().init(), step, precision));
            return plan.problem() instanceof dev.occam.problem.Classification data
                    ? StepBound.check(p, plan.algorithm().algorithm(), data, plan.algorithm().init()) : p;
        } catch (IllegalArgumentException e) {
            return Prediction.unmet(plan.predictor().kind(), List.of(), e.getMessage());
        }
    }

    private static PointRun run(Plan plan, Tier tier, int precision, Runner runner, java.util.function.DoubleConsumer progress) {
        Prediction prediction = predict(plan, precision);
        Vec predicted = prediction.available() ? tier.of(prediction.value()) : null;
        Objective objective = plan.problem().objective(tier);
        Vec w0 = tier.of(plan.algorithm().init());
        dev.occam.algorithm.Stepper stepper = plan.algorithm().algorithm().start(objective, w0);
        Map<Claim, IterationWatch> watches = new LinkedHashMap<>();
        Geometry geometry = Geometry.of(plan.problem(), prediction, tier);
        for (Claim c : plan.claims()) {
            MonotoneWatch watch = c instanceof MonotoneClaim m ? m.watch(objective, predicted, geometry, tier) : null;
            if (watch != null) watches.put(c, watch);
        }
        IterationWatch all = watches.values().stream().reduce(null, IterationWatch::both);
        Trajectory trajectory = plan.algorithm().algorithm() instanceof CustomAlgorithm custom
                ? custom.run(runner, stepper, objective, progress, all) : runner.run(stepper, objective, progress, all);
        double extra = 0;
        if (plan.algorithm().algorithm() instanceof GradientFlow flow && !trajectory.diverged()) {
            Trajectory refined = runner.run(flow.refined().start(objective, w0), objective, progress);
            extra = trajectory.last().distance(refined.last());
        }
        double proved = PredictedRates.contraction(plan.algorithm().algorithm(), plan.problem());
        return new PointRun(plan.point().parameters(), plan.problem(), plan.algorithm().algorithm(), plan.algorithm().init(),
                tier, trajectory, prediction, predicted, TailBound.of(trajectory, proved), extra, proved, Map.copyOf(watches));
    }

    private static PointResult evaluate(Plan plan, PointRun run, PointRun reference) {
        List<ClaimResult> claims = new ArrayList<>();
        List<Series> series = new ArrayList<>(Reports.series(run));
        for (Claim claim : plan.claims()) {
            try {
                ClaimResult result = reference == null ? error(claim.kind(), "the first sweep point failed")
                        : claim.evaluate(run, reference);
                claims.add(result.about(claim.quantity()));
                if (claim instanceof RateClaim rate) {
                    Series curve = rate.curve(run);
                    if (curve != null) series.add(curve);
                }
            } catch (RuntimeException e) {
                claims.add(error(claim.kind(), "internal error: " + e).about(claim.quantity()));
            }
        }
        Trajectory t = run.trajectory();
        return new PointResult(run.parameters(), t.iterations(), t.stopped(), Results.decimals(t.last(), run), claims,
                series, Verdict.combine(claims.stream().map(ClaimResult::verdict).toList()));
    }

    private static PointResult errorPoint(Plan plan, List<String> errors) {
        List<ClaimResult> claims = new ArrayList<>();
        for (Claim c : plan.claims()) claims.add(error(c.kind(), String.join("; ", errors)).about(c.quantity()));
        return new PointResult(plan.point().parameters(), 0, "error", List.of(), claims, List.of(), Verdict.ERROR);
    }

    private static ClaimResult error(String kind, String message) {
        return new ClaimResult(kind, Verdict.ERROR, null, null, null, null, null, null, message);
    }

    /** The reason a reader needs first: the failing claim, else the undecided one, else a summary. */
    private static String message(Verdict verdict, List<PointResult> points) {
        for (Verdict wanted : List.of(Verdict.FAILS, Verdict.ERROR, Verdict.INCONCLUSIVE)) {
            if (verdict != wanted) continue;
            for (PointResult p : points) {
                for (ClaimResult c : p.claims()) {
                    if (c.verdict() == wanted) {
                        return c.label() + (p.parameters().isEmpty() ? "" : " at " + p.parameters()) + ": " + c.message();
                    }
                }
            }
        }
        int claims = points.stream().mapToInt(p -> p.claims().size()).sum();
        return claims + " claim checks hold at " + points.size() + " point" + (points.size() == 1 ? "" : "s");
    }

    private static Map<String, Map<String, String>> derived(Spec spec, Plan plan, Prediction prediction) {
        return SymbolicObjects.of(plan.problem(), plan.algorithm().algorithm(), plan.claims(), prediction, spec.run().formulaTimeLimit());
    }
}
