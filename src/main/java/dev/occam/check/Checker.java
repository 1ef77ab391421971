package dev.occam.check;

import dev.occam.algorithm.IntegrationFailure;
import dev.occam.algorithm.IterationWatch;
import dev.occam.algorithm.Runner;
import dev.occam.algorithm.Trajectory;
import dev.occam.certify.Evidence;
import dev.occam.claim.Claim;
import dev.occam.numeric.Tier;
import dev.occam.plan.PointPlan;
import dev.occam.plan.SpecPlan;
import dev.occam.prediction.Prediction;
import dev.occam.result.ClaimResult;
import dev.occam.result.Decimals;
import dev.occam.result.PointResult;
import dev.occam.result.Series;
import dev.occam.result.SpecResult;
import dev.occam.result.Verdict;
import dev.occam.run.PointRun;
import dev.occam.run.PointRunner;
import dev.occam.run.WatchFactory;
import dev.occam.spec.Expect;
import dev.occam.spec.RunSettings;
import dev.occam.spec.Spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;

/**
 * Checks one planned spec: runs each sweep point, evaluates and reviews its claims, confirms
 * precision-sensitive decisions one tier higher, and decides the verdict. Thread-safe; specs may be
 * checked in parallel.
 */
public final class Checker {
    private final CheckOptions options;

    public Checker(CheckOptions options) {
        this.options = options;
    }

    /**
     * Runs the spec's plan. Failures during the run become verdicts (INCONCLUSIVE with a reason, or
     * ERROR for internal failures), never exceptions. A plug-in algorithm runs in the double tier:
     * the precision is capped at 16 digits.
     */
    public SpecResult check(SpecPlan plan, Progress progress) {
        long start = System.nanoTime();
        Spec spec = plan.spec();
        List<PointPlan> plans = plan.points();
        int precision = precision(spec);
        for (PointPlan p : plans) precision = Math.min(precision, p.algorithm().maxDigits());
        Tier tier = Tier.forDigits(precision);
        Runner runner = new Runner(spec.run().maxIterations(), spec.run().timeLimit());
        List<PointRun> runs = new ArrayList<>();
        List<PointResult> points = points(spec, plans, tier, precision, runner, progress, runs);
        RunSettings.Seeds seeds = spec.run().seeds();
        if (seeds.count() > 1 && plans.stream().anyMatch(p -> p.algorithm().stochastic())) {
            // the first seed's runs stay the spec's runs (prediction, limits, curves)
            List<List<PointResult>> perSeed = new ArrayList<>();
            for (int k = 0; k < plans.size(); k++)
                perSeed.add(new ArrayList<>(List.of(points.get(k))));
            long first = spec.run().seed();
            for (int k = 1; k < seeds.count(); k++) {
                long seed = first + k;
                List<PointPlan> reseeded =
                        plans.stream()
                                .map(p -> p.withAlgorithm(p.algorithm().reseeded(seed)))
                                .toList();
                List<PointResult> more =
                        points(
                                spec,
                                reseeded,
                                tier,
                                precision,
                                runner,
                                progress,
                                new ArrayList<>());
                for (int q = 0; q < plans.size(); q++) perSeed.get(q).add(more.get(q));
            }
            // each seed's claims were reviewed; the combined verdict is a new decision, so
            // --require
            // applies to it again
            points =
                    perSeed.stream()
                            .map(r -> SeedVerdicts.combine(r, first, seeds, this::required))
                            .toList();
        }
        Verdict verdict = Verdict.combine(points.stream().map(PointResult::verdict).toList());
        boolean asExpected =
                spec.expect() == Expect.HOLDS ? verdict == Verdict.HOLDS : verdict == Verdict.FAILS;
        PointRun first = runs.stream().filter(r -> r != null).findFirst().orElse(null);
        return new SpecResult(
                SpecIdentities.of(spec),
                verdict,
                asExpected,
                (System.nanoTime() - start) / 1e9,
                message(verdict, points),
                first == null ? null : ReportedPrediction.of(first.prediction()),
                points,
                precision,
                tier.name(),
                derived(spec, plans.get(0), first == null ? null : first.prediction()),
                SweepLimits.table(runs, plans.size()),
                sweepCurves(plans.get(0), runs));
    }

    /**
     * Runs every point (filling {@code runs}, null where a point could not run), evaluates its
     * claims and confirms precision-sensitive ones one tier higher.
     */
    private List<PointResult> points(
            Spec spec,
            List<PointPlan> plans,
            Tier tier,
            int precision,
            Runner runner,
            Progress progress,
            List<PointRun> runs) {
        List<PointResult> failures = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            int index = i;
            PointResult failed = null;
            PointRun run = null;
            try {
                run =
                        runner(plans.get(i))
                                .run(
                                        tier,
                                        precision,
                                        runner,
                                        f -> progress.update(spec.id(), index, plans.size(), f));
            } catch (IntegrationFailure e) {
                failed = failedPoint(plans.get(i), e, true);
            } catch (RuntimeException e) {
                failed = failedPoint(plans.get(i), e, false);
            }
            runs.add(run);
            failures.add(failed);
        }
        List<PointResult> points = new ArrayList<>();
        PointRun reference = runs.get(0);
        for (int i = 0; i < plans.size(); i++) {
            int index = i;
            PointResult result =
                    runs.get(i) == null
                            ? failures.get(i)
                            : evaluate(plans.get(i), runs.get(i), reference, runs);
            if (runs.get(i) != null
                    && plans.get(i).claims().stream()
                            .anyMatch(c -> c.nearFloor(runs.get(index), reference))) {
                result =
                        confirmed(
                                plans.get(i),
                                runs.get(i),
                                result,
                                reference,
                                runner,
                                precision,
                                f -> progress.update(spec.id(), index, plans.size(), f));
            }
            points.add(result);
        }
        return points;
    }

    /**
     * The curves across sweep points: each point's limit against the prediction and references,
     * then what claims across the sweep draw (a trend with its fit).
     */
    private static List<Series> sweepCurves(PointPlan first, List<PointRun> runs) {
        List<Series> out = new ArrayList<>(SweepLimits.curves(runs));
        if (runs.size() < 2) return out;
        for (Claim c : first.claims()) {
            try {
                out.addAll(c.sweepCurves(runs));
            } catch (RuntimeException e) {
                // a plot is not a verdict: the claim's own result reports what went wrong
            }
        }
        return out;
    }

    /** How a point runs: its objects, and the watches its claims ask for. */
    private static PointRunner runner(PointPlan plan) {
        WatchFactory watches =
                (objective, prediction, tier) -> {
                    Map<Object, IterationWatch> made = new LinkedHashMap<>();
                    for (Claim c : plan.claims()) {
                        IterationWatch watch = c.watch(plan.problem(), objective, prediction, tier);
                        if (watch != null) made.put(c, watch);
                    }
                    return made;
                };
        return new PointRunner(
                plan.point().parameters(),
                plan.problem(),
                plan.algorithm(),
                plan.init(),
                plan.predictor(),
                watches);
    }

    /**
     * A point whose decision lies within ten times its rounding floor is run again one tier higher
     * (double, double-double, then arbitrary precision 16 digits more); a claim whose verdict
     * changes is INCONCLUSIVE, since the verdict then depends on the precision rather than on the
     * theorem. Plug-ins run in double only, so their sensitive claims are INCONCLUSIVE at once.
     */
    private PointResult confirmed(
            PointPlan plan,
            PointRun run,
            PointResult result,
            PointRun reference,
            Runner runner,
            int precision,
            DoubleConsumer progress) {
        List<ClaimResult> claims = new ArrayList<>(result.claims());
        PointResult higher = null;
        Tier next = Tier.forDigits(run.tier().digits() <= 16 ? 32 : run.tier().digits() + 16);
        if (next.digits() <= run.algorithm().maxDigits()) {
            try {
                higher =
                        evaluate(
                                plan,
                                runner(plan)
                                        .run(
                                                next,
                                                Math.max(precision, next.digits()),
                                                runner,
                                                progress),
                                reference,
                                List.of());
            } catch (RuntimeException e) {
                higher = null;
            }
        }
        for (int j = 0; j < claims.size(); j++) {
            ClaimResult c = claims.get(j);
            if (!c.decided() || !plan.claims().get(j).nearFloor(run, reference)) continue;
            if (higher == null) {
                claims.set(
                        j,
                        c.as(
                                Verdict.INCONCLUSIVE,
                                "precision-sensitive: the decision lies within 10x the rounding floor of "
                                        + run.tier().name()
                                        + " and could not be confirmed one tier higher ("
                                        + c.message()
                                        + ")"));
            } else if (higher.claims().get(j).verdict() != c.verdict()) {
                claims.set(
                        j,
                        c.as(
                                Verdict.INCONCLUSIVE,
                                "precision-sensitive: "
                                        + c.verdict()
                                        + " in "
                                        + run.tier().name()
                                        + " but "
                                        + higher.claims().get(j).verdict()
                                        + " in "
                                        + next.name()
                                        + " ("
                                        + c.message()
                                        + ")"));
            } else {
                claims.set(
                        j,
                        c.noted(
                                "confirmed in "
                                        + next.name()
                                        + ", since the decision lies within 10x the rounding floor of "
                                        + run.tier().name()));
            }
        }
        return new PointResult(
                result.parameters(),
                result.iterations(),
                result.stopped(),
                result.finalIterate(),
                claims,
                result.series(),
                Verdict.combine(claims.stream().map(ClaimResult::verdict).toList()));
    }

    /**
     * The derived symbolic objects, the prediction and its certificate, without running the
     * algorithm.
     */
    public SpecResult explain(SpecPlan specPlan) {
        Spec spec = specPlan.spec();
        PointPlan plan = specPlan.points().get(0);
        int precision = precision(spec);
        Prediction prediction = runner(plan).predict(precision);
        return new SpecResult(
                SpecIdentities.of(spec),
                Verdict.INCONCLUSIVE,
                false,
                0,
                "not run (explain)",
                ReportedPrediction.of(prediction),
                List.of(),
                precision,
                Tier.forDigits(precision).name(),
                derived(spec, plan, prediction),
                null,
                List.of());
    }

    private int precision(Spec spec) {
        return options.precisionOverride() != null
                ? options.precisionOverride()
                : spec.run().precision();
    }

    /**
     * @param sweep every point's run, for claims across the sweep; empty when a point is confirmed
     *     one tier higher (those claims are decided from the sweep as run)
     */
    private PointResult evaluate(
            PointPlan plan, PointRun run, PointRun reference, List<PointRun> sweep) {
        List<ClaimResult> claims = new ArrayList<>();
        List<Series> series = new ArrayList<>(PointCurves.of(run));
        for (Claim claim : plan.claims()) {
            ClaimResult result;
            try {
                result = claim.evaluate(run, reference, sweep);
                result = review(result.about(claim.quantity()), run);
                // two claims sampling the same quantity draw it once
                for (Series curve : claim.curves(run))
                    if (series.stream().noneMatch(s -> s.role().equals(curve.role())))
                        series.add(curve);
            } catch (RuntimeException e) {
                result =
                        ClaimResult.error(claim.kind(), "internal error: " + e)
                                .about(claim.quantity());
            }
            claims.add(result);
        }
        Trajectory t = run.trajectory();
        return new PointResult(
                run.parameters(),
                t.iterations(),
                t.stopped(),
                Decimals.of(t.last(), run.tier().digits()),
                claims,
                series,
                Verdict.combine(claims.stream().map(ClaimResult::verdict).toList()));
    }

    /**
     * What every claim result must satisfy whatever its kind: a decided verdict carries its
     * evidence; a run cut by the wall clock decides only on proved evidence (where a longer run
     * stops could change an estimate or a trend, and where the clock stops depends on the machine's
     * load); evidence below {@code --require} does not decide; a prediction computed outside the
     * theorem's hypotheses marks the result.
     */
    private ClaimResult review(ClaimResult c, PointRun run) {
        if (c.decided() && c.evidence() == Evidence.NONE) {
            return ClaimResult.error(
                    c.kind(),
                    "internal error: a "
                            + c.verdict()
                            + " without an evidence grade ("
                            + c.message()
                            + ")");
        }
        if (c.decided()
                && run.trajectory().timeLimited()
                && !c.evidence().atLeast(Evidence.PROVED_BOUND)) {
            c =
                    c.as(
                            Verdict.INCONCLUSIVE,
                            "budget: the run was cut by its time limit at iteration "
                                    + run.trajectory().iterations()
                                    + ", which depends on the machine's load, and this "
                                    + c.verdict()
                                    + " rests on "
                                    + c.evidence().word()
                                    + " evidence that a longer run could change ("
                                    + c.message()
                                    + "); let max-iterations bind instead");
        }
        c = required(c);
        if (run.note() != null) c = c.noted(run.note());
        if (run.prediction() != null && run.prediction().outside() != null)
            c = c.outside(run.prediction().outside());
        return c;
    }

    /** A decided claim whose evidence is weaker than {@code --require} becomes INCONCLUSIVE. */
    private ClaimResult required(ClaimResult c) {
        if (c.decided() && !c.evidence().atLeast(options.require())) {
            c =
                    c.as(
                            Verdict.INCONCLUSIVE,
                            "evidence "
                                    + c.evidence().word()
                                    + " is weaker than the required "
                                    + options.require().word()
                                    + ": "
                                    + c.verdict()
                                    + " not accepted ("
                                    + c.message()
                                    + ")");
        }
        return c;
    }

    /**
     * A point whose run could not be completed: an integrator that cannot follow a stiff flow says
     * nothing about the theorem (INCONCLUSIVE); anything else is an internal error.
     */
    private static PointResult failedPoint(
            PointPlan plan, RuntimeException failure, boolean stiff) {
        String where = "point " + plan.point().parameters() + ": ";
        List<ClaimResult> claims = new ArrayList<>();
        for (Claim c : plan.claims()) {
            claims.add(
                    (stiff
                                    ? ClaimResult.of(
                                            c.kind(),
                                            Verdict.INCONCLUSIVE,
                                            null,
                                            "the run could not be completed: "
                                                    + failure.getMessage())
                                    : ClaimResult.error(c.kind(), where + failure))
                            .about(c.quantity()));
        }
        return new PointResult(
                plan.point().parameters(),
                0,
                stiff ? "integration failure" : "error",
                List.of(),
                claims,
                List.of(),
                stiff ? Verdict.INCONCLUSIVE : Verdict.ERROR);
    }

    /**
     * The reason a reader needs first: the failing claim, else the undecided one, else a summary.
     */
    private static String message(Verdict verdict, List<PointResult> points) {
        for (Verdict wanted : List.of(Verdict.FAILS, Verdict.ERROR, Verdict.INCONCLUSIVE)) {
            if (verdict != wanted) continue;
            for (PointResult p : points) {
                for (ClaimResult c : p.claims()) {
                    if (c.verdict() == wanted) {
                        return c.label()
                                + (p.parameters().isEmpty() ? "" : " at " + p.parameters())
                                + ": "
                                + c.message();
                    }
                }
            }
        }
        int claims = points.stream().mapToInt(p -> p.claims().size()).sum();
        return claims
                + " claim checks hold at "
                + points.size()
                + " point"
                + (points.size() == 1 ? "" : "s");
    }

    private Map<String, Map<String, String>> derived(
            Spec spec, PointPlan plan, Prediction prediction) {
        if (!options.derived()) return Map.of();
        return SymbolicObjects.of(
                plan.problem(),
                plan.algorithm(),
                plan.claims(),
                prediction,
                spec.run().formulaTimeLimit());
    }
}
