package dev.occam.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.algorithm.Stepper;
import dev.occam.algorithm.Trajectory;
import dev.occam.certify.CompiledLaw;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Vec;
import dev.occam.result.ClaimResult;
import dev.occam.result.Verdict;
import dev.occam.run.PointRun;
import dev.occam.symbolic.Symbolic;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Claims across the sweep decide nothing when one point's run was cut by the wall clock: the
 * checker reviews each point's own claims, so the sweep claims must see it themselves.
 */
class SweepSeriesTest {
    private static final Tier DOUBLE = Tier.forDigits(16);

    /** A quantity whose value is the one given, with slack 1e-12. */
    private static Quantities.Quantity constant(double value) {
        return new Quantities.Quantity() {
            @Override
            public double at(Vec w, double time, Stepper stepper) {
                return value;
            }

            @Override
            public double slack(Vec w, double time, double v) {
                return 1e-12;
            }
        };
    }

    private static List<PointRun> sweep(dev.occam.claim.Claim claim, String cutStop) {
        List<PointRun> runs = new ArrayList<>();
        double[] x = {1, 2, 4, 8};
        for (int i = 0; i < x.length; i++) {
            StatisticWatch watch = new StatisticWatch(constant(3 * x[i] * x[i]));
            Vec w = DOUBLE.zeros(1);
            watch.observe(0, 0, w, null);
            String stopped = i == 2 ? cutStop : Trajectory.FLOOR;
            Trajectory t =
                    new Trajectory(
                            List.of(new Trajectory.Sample(0, w, 0)),
                            new double[0],
                            0,
                            stopped,
                            0,
                            0);
            runs.add(
                    new PointRun(
                            Map.of("algorithm.step", Double.toString(x[i])),
                            null,
                            null,
                            null,
                            DOUBLE,
                            t,
                            null,
                            null,
                            null,
                            0,
                            Double.NaN,
                            Map.of(claim, watch),
                            null,
                            null,
                            null));
        }
        return runs;
    }

    @Test
    void aPointCutByTheClockMakesTheOrderInconclusive() {
        OrderedClaim claim = new OrderedClaim("norm", "final", "algorithm.step", true);
        List<PointRun> whole = sweep(claim, Trajectory.FLOOR);
        assertThat(claim.evaluate(whole.get(0), whole.get(0), whole).verdict())
                .isEqualTo(Verdict.HOLDS);
        List<PointRun> cut = sweep(claim, Trajectory.TIME_LIMIT);
        ClaimResult r = claim.evaluate(cut.get(0), cut.get(0), cut);
        assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(r.message()).contains("point 3").contains("time limit");
    }

    @Test
    void aBlownUpPointIsMissingAndAPointAtItsBudgetIsNamed() {
        OrderedClaim claim = new OrderedClaim("norm", "final", "algorithm.step", true);
        List<PointRun> blown = sweep(claim, Trajectory.BLOW_UP);
        ClaimResult r = claim.evaluate(blown.get(0), blown.get(0), blown);
        assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(r.message()).contains("point 3 (its run blew up)");
        List<PointRun> budget = sweep(claim, Trajectory.BUDGET);
        ClaimResult b = claim.evaluate(budget.get(0), budget.get(0), budget);
        assertThat(b.verdict()).as(b.message()).isEqualTo(Verdict.HOLDS);
        assertThat(b.message())
                .contains("4.00: 48.0")
                .contains("point 3 stopped at the iteration budget");
    }

    @Test
    void aPointCutByTheClockMakesTheTrendInconclusive() {
        CompiledLaw law =
                CompiledLaw.of(
                        Symbolic.get()
                                .parse("c*x^k", List.of("x", "c", "k"), Duration.ofSeconds(5)));
        TrendClaim claim =
                new TrendClaim(
                        "norm", null, "final", "algorithm.step", law, Map.of("k", 2.0), 0.05);
        List<PointRun> whole = sweep(claim, Trajectory.FLOOR);
        ClaimResult holds = claim.evaluate(whole.get(1), whole.get(0), whole);
        // q = 3 x^2 exactly: k = 2, c = 3
        assertThat(holds.verdict()).as(holds.message()).isEqualTo(Verdict.HOLDS);
        assertThat(holds.message()).contains("k = 2.00");
        List<PointRun> cut = sweep(claim, Trajectory.TIME_LIMIT);
        assertThat(claim.evaluate(cut.get(1), cut.get(0), cut).verdict())
                .isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Test
    void aTrendDrawsItsPointsAndItsFittedLaw() {
        CompiledLaw law =
                CompiledLaw.of(
                        Symbolic.get()
                                .parse("c*x^k", List.of("x", "c", "k"), Duration.ofSeconds(5)));
        TrendClaim claim =
                new TrendClaim("norm", null, "final", "algorithm.step", law, Map.of(), 0.05);
        var curves = claim.sweepCurves(sweep(claim, Trajectory.FLOOR));
        assertThat(curves).hasSize(2);
        assertThat(curves.get(0).x()).containsExactly(1, 2, 4, 8);
        assertThat(curves.get(0).y()).containsExactly(3, 12, 48, 192);
        // the fit of 3 x^2 through them: 3 at x = 1, 192 at x = 8
        double[] fx = curves.get(1).x(), fy = curves.get(1).y();
        assertThat(fx[0]).isEqualTo(1);
        assertThat(fy[0]).isCloseTo(3, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(fy[fy.length - 1]).isCloseTo(192, org.assertj.core.api.Assertions.within(1e-4));
    }
}
