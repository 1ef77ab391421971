package dev.occam.claim;

import dev.occam.algorithm.Trajectory;
import dev.occam.certify.Evidence;
import dev.occam.certify.Numbers;
import dev.occam.certify.PowerTrend;
import dev.occam.prediction.KktCertificate;
import dev.occam.prediction.KktTest;
import dev.occam.problem.MarginModel;
import dev.occam.result.ClaimResult;
import dev.occam.result.Figure;
import dev.occam.result.Figure.Scalar;
import dev.occam.result.KktTable;
import dev.occam.result.Verdict;
import dev.occam.run.PointRun;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The run's direction tends to a KKT point of min 1/2 ||theta||^2 s.t. q_n(theta) >= 1 (Lyu and Li
 * 2020), tested by {@link KktTest} at the last iterate and at the recorded samples of the run's
 * last 10^3 factor of t. The residual at a point is a proved bound for that point; that the limit
 * is a KKT point is a law seen over the run, so a HOLDS is {@link Evidence#TREND} evidence:
 *
 * <ul>
 *   <li>HOLDS when the residual at the last iterate is within tolerance and the residual decays as
 *       a power of t ({@link PowerTrend#decays()}), or falls in every third of the window although
 *       more slowly at the end (the direction's modes decay as different powers of t, the slowest
 *       taking over): then the limit is a KKT point within tolerance if the fall goes on, which is
 *       what the claim states (that the residual tends to 0 is Lyu and Li's theorem, not shown);
 *   <li>INCONCLUSIVE otherwise: a last iterate that merely looks close does not show the limit, and
 *       a residual still above tolerance may yet decay (this claim has no FAILS: a non-homogeneous
 *       model is refused by the prediction, and for a homogeneous one Lyu and Li prove the limit is
 *       a KKT point).
 * </ul>
 */
public record KktClaim(double tolerance, String toleranceText) implements Claim {
    /** Below this the residual is the enclosures' own width, not the run's. */
    private static final double FLOOR = 1e-12;

    /** The samples tested span at most this factor of t at the end of the run. */
    private static final double WINDOW = 1e3;

    @Override
    public String kind() {
        return "kkt";
    }

    @Override
    public ClaimResult evaluate(PointRun run, PointRun reference) {
        MarginModel m = run.problem().marginModel();
        if (m == null)
            return result(
                    Verdict.INCONCLUSIVE, null, "the problem offers no per-point margins q_n");
        KktCertificate last = KktTest.at(m, run.trajectory().last().toDoubleArray());
        if (last.unmet() != null)
            return result(
                    Verdict.INCONCLUSIVE, null, "no KKT test at the last iterate: " + last.unmet());
        double residual = last.residual();
        String table = describe(last);
        KktTable certificate =
                new KktTable(
                        last.order(),
                        last.support(),
                        last.multipliers(),
                        last.stationarity(),
                        last.slackness(),
                        last.licqRank(),
                        last.singularValues());
        PowerTrend trend = PowerTrend.aboveFloor(series(run, m), Math.log(FLOOR));
        if (trend != null
                && Math.max(residual, trend.reach()) <= tolerance
                && (trend.decays() || falling(trend))) {
            String how =
                    trend.decays()
                            ? "decays as a power of t"
                            : "falls in every third of the window, more slowly at the end (several power laws: "
                                    + "its limit is at most its last value if it keeps falling, not shown to be 0)";
            return result(
                            Verdict.HOLDS,
                            residual,
                            "trend: KKT residual "
                                    + trend.describe()
                                    + "; the residual at each point is a proved bound (interval enclosures of q_n and grad q_n)",
                            "the last direction is a KKT point within "
                                    + Numbers.sci(residual)
                                    + trend.reachNote(residual)
                                    + " <= "
                                    + toleranceText
                                    + ", and the residual "
                                    + how
                                    + ": "
                                    + table)
                    .graded(Evidence.TREND)
                    .withKkt(certificate);
        }
        String why =
                residual > tolerance
                        ? "the KKT residual "
                                + Numbers.sci(residual)
                                + " at the last iterate is above "
                                + toleranceText
                        : trend != null && (trend.decays() || falling(trend))
                                ? "the KKT residual "
                                        + Numbers.sci(residual)
                                        + " at the last iterate is within "
                                        + toleranceText
                                        + ", a low point of a scattered decay whose envelope at the end is "
                                        + Numbers.sci(trend.reach())
                                : "the KKT residual "
                                        + Numbers.sci(residual)
                                        + " is within "
                                        + toleranceText
                                        + " at the last iterate, but no decay is seen";
        return result(
                        Verdict.INCONCLUSIVE,
                        residual,
                        why
                                + " ("
                                + (trend == null
                                        ? "too few samples above the floor"
                                        : trend.whyNotDecaying() == null
                                                ? "decaying"
                                                : trend.whyNotDecaying())
                                + "; budget): "
                                + table)
                .withKkt(certificate);
    }

    /**
     * Whether the residual falls in each third of the trend's window, each slope below -0.05 by
     * three standard errors: a decay whose rate flattens (a sum of power laws, the slowest taking
     * over) still brings the residual below its last value.
     */
    private static boolean falling(PowerTrend trend) {
        if (!trend.spansEnough()) return false;
        for (int k = 0; k < 3; k++)
            if (!(trend.thirds()[k] + 3 * trend.thirdSigmas()[k] < 0)
                    || !(trend.thirds()[k] < -0.05)) return false;
        return true;
    }

    /** Samples tested at most: PowerTrend needs 12, more only costs SVMs. */
    private static final int MAX_SAMPLES = 40;

    /**
     * The residual series of the last few runs, by the identity of their sample lists: several kkt
     * claims on one run (a sweep's copies, a fuzzed spec's 300) test its samples once.
     */
    private static final Map<Run, double[][]> SERIES =
            Collections.synchronizedMap(
                    new LinkedHashMap<>() {
                        @Override
                        protected boolean removeEldestEntry(Map.Entry<Run, double[][]> e) {
                            return size() > 8;
                        }
                    });

    /** A run's samples, compared by identity. */
    private record Run(List<Trajectory.Sample> samples) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Run r && r.samples == samples;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(samples);
        }
    }

    /** {t[], log residual[]} over the samples of the last WINDOW factor of t that separate. */
    private static double[][] series(PointRun run, MarginModel m) {
        List<Trajectory.Sample> samples = run.trajectory().samples();
        return SERIES.computeIfAbsent(new Run(samples), r -> compute(samples, m));
    }

    private static double[][] compute(List<Trajectory.Sample> samples, MarginModel m) {
        double end = samples.get(samples.size() - 1).time();
        List<Trajectory.Sample> window = new ArrayList<>();
        for (Trajectory.Sample s : samples)
            if (s.time() >= Math.max(1, end / WINDOW)) window.add(s);
        // evenly thinned, the last sample kept
        int stride = Math.max(1, (window.size() + MAX_SAMPLES - 1) / MAX_SAMPLES);
        List<double[]> points = new ArrayList<>();
        for (int i = window.size() - 1; i >= 0; i -= stride) {
            Trajectory.Sample s = window.get(i);
            KktCertificate c = KktTest.at(m, s.iterate().toDoubleArray());
            if (c.unmet() == null && c.residual() > 0)
                points.add(0, new double[] {s.time(), Math.log(c.residual())});
        }
        double[][] out = new double[2][points.size()];
        for (int i = 0; i < points.size(); i++) {
            out[0][i] = points.get(i)[0];
            out[1][i] = points.get(i)[1];
        }
        return out;
    }

    /** The certificate in one sentence: multipliers, slackness, stationarity, LICQ. */
    static String describe(KktCertificate c) {
        StringBuilder lambda = new StringBuilder();
        for (int n : c.support())
            lambda.append(lambda.length() == 0 ? "" : ", ")
                    .append(
                            String.format(
                                    Locale.ROOT, "lambda_%d = %.6g", n + 1, c.multipliers()[n]));
        StringBuilder sigma = new StringBuilder();
        for (double s : c.singularValues())
            sigma.append(sigma.length() == 0 ? "" : ", ").append(Numbers.sci(s));
        return String.format(
                Locale.ROOT,
                "L = %d; support {%s} with %s (every other lambda_n = 0); stationarity "
                        + "||theta_bar - sum lambda_n grad q_n|| / ||theta_bar|| <= %s; complementary slackness "
                        + "L sum lambda_n (q_n - 1) / ||theta_bar||^2 <= %s; LICQ rank %d of %d (singular values %s)",
                c.order(),
                supportText(c.support()),
                lambda,
                Numbers.sci(c.stationarity()),
                Numbers.sci(c.slackness()),
                c.licqRank(),
                c.support().size(),
                sigma);
    }

    private static String supportText(List<Integer> support) {
        StringBuilder b = new StringBuilder();
        for (int n : support) b.append(b.length() == 0 ? "" : ", ").append(n + 1);
        return b.toString();
    }

    private ClaimResult result(Verdict v, Double residual, String how, String message) {
        return ClaimResult.of(kind(), v, how, message)
                .withFigures(Figure.scalar(residual), new Scalar(0))
                .withError(residual)
                .withTolerance(toleranceText);
    }

    private ClaimResult result(Verdict v, Double residual, String message) {
        return result(v, residual, null, message);
    }
}
