package dev.occam.check;

import dev.occam.algorithm.Algorithm;
import dev.occam.algorithm.CustomAlgorithm;
import dev.occam.algorithm.GradientDescent;
import dev.occam.algorithm.GradientFlow;
import dev.occam.algorithm.IntegrationFailure;
import dev.occam.algorithm.IterationWatch;
import dev.occam.algorithm.Momentum;
import dev.occam.algorithm.Nesterov;
import dev.occam.algorithm.Runner;
import dev.occam.algorithm.Trajectory;
import dev.occam.certify.Evidence;
import dev.occam.certify.LeastSquaresFacts;
import dev.occam.certify.LinearDynamics;
import dev.occam.certify.PredictedRates;
import dev.occam.certify.StepBound;
import dev.occam.certify.TailBound;
import dev.occam.certify.TailBounds;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Vec;
import dev.occam.prediction.Prediction;
import dev.occam.prediction.PredictionInput;
import dev.occam.prediction.Predictor;
import dev.occam.problem.LeastSquares;
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
        List<RuntimeException> failures = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            int index = i;
            try {
                runs.add(run(plans.get(i), tier, precision, runner, f -> progress.update(spec.id(), index, plans.size(), f)));
                failures.add(null);
            } catch (RuntimeException e) {
                runs.add(null);
                failures.add(e);
            }
        }
        List<PointResult> points = new ArrayList<>();
        PointRun reference = runs.get(0);
        for (int i = 0; i < plans.size(); i++) {
            int index = i;
            PointResult result = runs.get(i) == null ? failedPoint(plans.get(i), failures.get(i))
                    : evaluate(plans.get(i), runs.get(i), reference);
            if (runs.get(i) != null && plans.get(i).claims().stream().anyMatch(c -> c.nearFloor(runs.get(index), reference))) {
                result = confirmed(plans.get(i), runs.get(i), result, reference, runner, precision,
                        f -> progress.update(spec.id(), index, plans.size(), f));
            }
            points.add(result);
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

    /**
     * A point whose decision lies within ten times its rounding floor is run again one tier higher
     * (double, double-double, then arbitrary precision 16 digits more); a claim whose verdict
     * changes is INCONCLUSIVE, since the verdict then depends on the precision rather than on the
     * theorem. Plug-ins run in double only, so their sensitive claims are INCONCLUSIVE at once.
     */
    private PointResult confirmed(Plan plan, PointRun run, PointResult result, PointRun reference, Runner runner, int precision,
                                  java.util.function.DoubleConsumer progress) {
        List<ClaimResult> claims = new ArrayList<>(result.claims());
        PointResult higher = null;
        Tier next = Tier.forDigits(run.tier().digits() <= 16 ? 32 : run.tier().digits() + 16);
        if (!(run.algorithm() instanceof CustomAlgorithm)) {
            try {
                higher = evaluate(plan, run(plan, next, Math.max(precision, next.digits()), runner, progress), reference);
            } catch (RuntimeException e) {
                higher = null;
            }
        }
        for (int j = 0; j < claims.size(); j++) {
            ClaimResult c = claims.get(j);
            if (!c.decided() || !plan.claims().get(j).nearFloor(run, reference)) continue;
            if (higher == null) {
                claims.set(j, c.as(Verdict.INCONCLUSIVE, "precision-sensitive: the decision lies within 10x the rounding floor of "
                        + run.tier().name() + " and could not be confirmed one tier higher (" + c.message() + ")"));
            } else if (higher.claims().get(j).verdict() != c.verdict()) {
                claims.set(j, c.as(Verdict.INCONCLUSIVE, "precision-sensitive: " + c.verdict() + " in " + run.tier().name() + " but "
                        + higher.claims().get(j).verdict() + " in " + next.name() + " (" + c.message() + ")"));
            } else {
                claims.set(j, c.noted("confirmed in " + next.name() + ", since the decision lies within 10x the rounding floor of "
                        + run.tier().name()));
            }
        }
        return new PointResult(result.parameters(), result.iterations(), result.stopped(), result.finalIterate(), claims,
                result.series(), Verdict.combine(claims.stream().map(ClaimResult::verdict).toList()));
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
            PredictionInput input = new PredictionInput(plan.problem(), plan.algorithm().init(), step, precision);
            Prediction p = plan.predictor().predict(input);
            if (!(plan.problem() instanceof dev.occam.problem.Classification data)) return p;
            p = StepBound.check(p, plan.algorithm().algorithm(), data, plan.algorithm().init());
            return withOffset(p, input, plan.algorithm().algorithm());
        } catch (IllegalArgumentException e) {
            return Prediction.unmet(plan.predictor().kind(), List.of(), e.getMessage());
        }
    }

    /**
     * An l2 max-margin prediction for a method SHN+18 covers (constant-step GD, heavy ball,
     * Nesterov, the plain gradient flow) carries the offset w~ too, when it exists: direction and
     * value claims then rest on the offset residual's decay, the sharpest evidence there is, whatever
     * prediction kind names w_hat.
     */
    private static Prediction withOffset(Prediction p, PredictionInput input, Algorithm algorithm) {
        if (!p.available() || !p.kind().equals("max-margin") || p.quantities().containsKey("w_tilde")
                || p.quantities().containsKey("norm:l1") || p.quantities().containsKey("norm:linf") || p.quantities().containsKey("norm:lp")) {
            return p;
        }
        if (!StepBound.shnFamily(algorithm) || !(input.step() > 0) || !Double.isFinite(input.step())) return p;
        Prediction offset = new dev.occam.prediction.MaxMarginOffset().predict(input);
        if (!offset.available()) return p;
        Map<String, java.math.BigDecimal[]> q = new LinkedHashMap<>(p.quantities());
        q.put("w_tilde", offset.quantities().get("w_tilde"));
        return new Prediction(p.kind(), p.value(), p.exact(), p.certificate(), p.preconditions(), p.unmet(), p.references(), p.derived(), q, p.outside());
    }

    /**
     * Runs one point. {@code run.time-limit} is the point's whole wall-clock budget: a re-run in
     * arbitrary precision after a blow-up, and a flow's re-integration, get what the main run left.
     */
    private static PointRun run(Plan plan, Tier tier, int precision, Runner runner, java.util.function.DoubleConsumer progress) {
        long started = System.nanoTime();
        Prediction prediction = predict(plan, precision);
        Algorithm algorithm = plan.algorithm().algorithm();
        Problem problem = plan.problem();
        LeastSquaresFacts facts = problem instanceof LeastSquares ls ? LeastSquaresFacts.of(ls) : null;
        LinearDynamics.Decision fate = problem instanceof LeastSquares ls ? exactFate(ls, plan.algorithm(), facts) : null;
        Attempt attempt;
        try {
            attempt = attempt(plan, prediction, tier, runner, progress);
        } catch (IntegrationFailure e) {
            if (fate == null) throw e;
            // the exact analysis still decides; the run contributes nothing
            return new PointRun(plan.point().parameters(), problem, algorithm, plan.algorithm().init(), tier, notRun(problem, tier,
                    plan.algorithm().init()), prediction, prediction.available() ? tier.of(prediction.value()) : null,
                    TailBound.none("the run could not be completed: " + e.getMessage()), 0, Double.NaN, Map.of(), facts, fate,
                    "the run could not be completed: " + e.getMessage());
        }
        String note = null;
        if (attempt.trajectory().blewUp() && fate == null && !(algorithm instanceof CustomAlgorithm) && tier.digits() <= 32) {
            // a blow-up in double or double-double may be overflow of the format, not of the method:
            // Dfp's exponent reaches 10^131072, so the same run there tells the two apart
            Tier wide = Tier.forDigits(Math.max(40, tier.digits() + 8));
            Attempt again = attempt(plan, prediction, wide, rest(runner, started), progress);
            note = again.trajectory().blewUp()
                    ? "the run blew up in " + tier.name() + " and again in " + wide.name() + " (no overflow there)"
                    : "the run overflowed " + tier.name() + " at iteration " + attempt.trajectory().iterations()
                    + " (floating-point blow-up, not divergence); it was re-run in " + wide.name();
            attempt = again;
            tier = wide;
        }
        Trajectory trajectory = attempt.trajectory();
        double extra = 0;
        String refinement = null;
        if (algorithm instanceof GradientFlow flow && !trajectory.blewUp()) {
            Objective objective = problem.objective(tier);
            try {
                Trajectory refined = rest(runner, started).run(flow.refined().start(objective, tier.of(plan.algorithm().init())),
                        objective, progress);
                extra = trajectory.last().distance(refined.last());
                if (refined.timeLimited() && !trajectory.timeLimited()) {
                    refinement = "the integrator's error could not be estimated: the re-integration at 100x tighter tolerance ran "
                            + "out of the point's time limit at iteration " + refined.iterations() + " of " + trajectory.iterations();
                }
            } catch (IntegrationFailure e) {
                refinement = "the integrator's error could not be estimated: at 100x tighter tolerance " + e.getMessage();
            }
        }
        TailBound tail = refinement != null ? TailBound.none(refinement)
                : TailBounds.of(algorithm, trajectory, facts).plusEstimated(extra, String.format(java.util.Locale.ROOT,
                "ODE global error %.2e estimated by re-integrating at 100x tighter tolerance", extra));
        Vec predicted = prediction.available() ? tier.of(prediction.value()) : null;
        double proved = PredictedRates.contraction(algorithm, problem);
        return new PointRun(plan.point().parameters(), problem, algorithm, plan.algorithm().init(), tier, trajectory, prediction,
                predicted, tail, extra, proved, attempt.watches(), facts, fate, note);
    }

    /** The runner with what is left of the point's time limit since {@code started} (at least a millisecond). */
    private static Runner rest(Runner runner, long started) {
        long left = runner.timeLimit().toNanos() - (System.nanoTime() - started);
        return runner.withTimeLimit(java.time.Duration.ofNanos(Math.max(1_000_000L, left)));
    }

    /** The trajectory of a run that could not take a step: its start, stopped as an integration failure. */
    private static Trajectory notRun(Problem problem, Tier tier, dev.occam.numeric.Value[] init) {
        Vec w0 = tier.of(init);
        return new Trajectory(List.of(new Trajectory.Sample(0, w0, problem.objective(tier).logLoss(w0).doubleValue())), new double[0], 0,
                "integration failure", 0, 0);
    }

    /** One run of a point's algorithm in a tier, with the watches its claims asked for. */
    private record Attempt(Trajectory trajectory, Map<Claim, IterationWatch> watches) {
    }

    private static Attempt attempt(Plan plan, Prediction prediction, Tier tier, Runner runner, java.util.function.DoubleConsumer progress) {
        runner = runner.withFloorStop(TailBounds.stationary(plan.algorithm().algorithm()));
        Vec predicted = prediction.available() ? tier.of(prediction.value()) : null;
        Objective objective = plan.problem().objective(tier);
        Vec w0 = tier.of(plan.algorithm().init());
        Algorithm algorithm = plan.algorithm().algorithm();
        dev.occam.algorithm.Stepper stepper = algorithm.start(objective, w0);
        Map<Claim, IterationWatch> watches = new LinkedHashMap<>();
        Geometry geometry = Geometry.of(plan.problem(), prediction, tier);
        for (Claim c : plan.claims()) {
            MonotoneWatch watch = c instanceof MonotoneClaim m ? m.watch(plan.problem(), objective, predicted, geometry, tier) : null;
            if (watch != null) watches.put(c, watch);
        }
        IterationWatch all = watches.values().stream().reduce(null, IterationWatch::both);
        Trajectory trajectory = algorithm instanceof CustomAlgorithm custom
                ? custom.run(runner, stepper, objective, progress, all) : runner.run(stepper, objective, progress, all);
        return new Attempt(trajectory, Map.copyOf(watches));
    }

    /** The exact fate of constant-step GD, heavy ball or Nesterov on least squares, or null. */
    private static LinearDynamics.Decision exactFate(LeastSquares problem, Kinds.Configured configured, LeastSquaresFacts facts) {
        Algorithm a = configured.algorithm();
        if (a instanceof GradientFlow f && f.norm() == null && f.potential() == null && !f.logTime()) {
            return LinearDynamics.decide(problem, configured.init(), LinearDynamics.Method.GRADIENT_FLOW, null, 0, facts.bounds());
        }
        if (a.step() == null || a.step().exactConstant() == null) return null;
        LinearDynamics.Method method = a instanceof GradientDescent ? LinearDynamics.Method.GRADIENT_DESCENT
                : a instanceof Momentum ? LinearDynamics.Method.HEAVY_BALL : a instanceof Nesterov ? LinearDynamics.Method.NESTEROV : null;
        if (method == null) return null;
        double beta = a instanceof Momentum m ? m.beta() : a instanceof Nesterov n ? n.beta() : 0;
        return LinearDynamics.decide(problem, configured.init(), method, a.step().exactConstant(), beta, facts.bounds());
    }

    private PointResult evaluate(Plan plan, PointRun run, PointRun reference) {
        List<ClaimResult> claims = new ArrayList<>();
        List<Series> series = new ArrayList<>(Reports.series(run));
        for (Claim claim : plan.claims()) {
            ClaimResult result;
            try {
                result = claim.evaluate(run, reference);
                result = review(result.about(claim.quantity()), run);
                if (claim instanceof RateClaim rate) {
                    Series curve = rate.curve(run);
                    if (curve != null) series.add(curve);
                }
            } catch (RuntimeException e) {
                result = error(claim.kind(), "internal error: " + e).about(claim.quantity());
            }
            claims.add(result);
        }
        Trajectory t = run.trajectory();
        return new PointResult(run.parameters(), t.iterations(), t.stopped(), Results.decimals(t.last(), run), claims,
                series, Verdict.combine(claims.stream().map(ClaimResult::verdict).toList()));
    }

    /**
     * What every claim result must satisfy whatever its kind: a decided verdict carries its
     * evidence; a run cut by the wall clock decides only on proved evidence (where a longer run
     * stops could change an estimate or a trend, and where the clock stops depends on the
     * machine's load); evidence below {@code --require} does not decide; a prediction computed
     * outside the theorem's hypotheses marks the result.
     */
    private ClaimResult review(ClaimResult c, PointRun run) {
        if (c.decided() && c.evidence() == Evidence.NONE) {
            return error(c.kind(), "internal error: a " + c.verdict() + " without an evidence grade (" + c.message() + ")");
        }
        if (c.decided() && run.trajectory().timeLimited() && !c.evidence().atLeast(Evidence.PROVED_BOUND)) {
            c = c.as(Verdict.INCONCLUSIVE, "budget: the run was cut by its time limit at iteration " + run.trajectory().iterations()
                    + ", which depends on the machine's load, and this " + c.verdict() + " rests on " + c.evidence().word()
                    + " evidence that a longer run could change (" + c.message() + "); let max-iterations bind instead");
        }
        if (c.decided() && !c.evidence().atLeast(options.require())) {
            c = c.as(Verdict.INCONCLUSIVE, "evidence " + c.evidence().word() + " is weaker than the required "
                    + options.require().word() + ": " + c.verdict() + " not accepted (" + c.message() + ")");
        }
        if (run.note() != null) c = c.noted(run.note());
        if (run.prediction() != null && run.prediction().outside() != null) c = c.outside(run.prediction().outside());
        return c;
    }

    /**
     * A point whose run could not be completed: an integrator that cannot follow a stiff flow says
     * nothing about the theorem (INCONCLUSIVE); anything else is an internal error.
     */
    private static PointResult failedPoint(Plan plan, RuntimeException failure) {
        boolean stiff = failure instanceof IntegrationFailure;
        String where = "point " + plan.point().parameters() + ": ";
        List<ClaimResult> claims = new ArrayList<>();
        for (Claim c : plan.claims()) {
            claims.add((stiff ? new ClaimResult(c.kind(), Verdict.INCONCLUSIVE, null, null, null, null, null, null,
                    "the run could not be completed: " + failure.getMessage()) : error(c.kind(), where + failure)).about(c.quantity()));
        }
        return new PointResult(plan.point().parameters(), 0, stiff ? "integration failure" : "error", List.of(), claims, List.of(),
                stiff ? Verdict.INCONCLUSIVE : Verdict.ERROR);
    }

    static ClaimResult error(String kind, String message) {
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
