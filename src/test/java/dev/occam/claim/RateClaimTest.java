package dev.occam.claim;

import static dev.occam.check.CheckTestSupport.logSpacedTimes;
import static dev.occam.check.CheckTestSupport.lossRun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.occam.certify.CompiledLaw;
import dev.occam.certify.LawFit;
import dev.occam.result.ClaimResult;
import dev.occam.result.Verdict;
import dev.occam.run.PointRun;
import dev.occam.symbolic.Formula;
import dev.occam.symbolic.Symbolic;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.LongToDoubleFunction;

/** Law fits and rate claims on synthetic data whose law is known. */
class RateClaimTest {
    private static Formula law(String text, String... constants) {
        List<String> variables = new ArrayList<>(List.of("t"));
        variables.addAll(List.of(constants));
        return Symbolic.get().parse(text, variables, Duration.ofSeconds(10));
    }

    private static final Formula GEOMETRIC = law("c*r^t", "c", "r");

    private static double[] values(long[] t, LongToDoubleFunction q) {
        double[] out = new double[t.length];
        for (int i = 0; i < t.length; i++) out[i] = q.applyAsDouble(t[i]);
        return out;
    }

    private static double[] doubles(long[] t) {
        double[] out = new double[t.length];
        for (int i = 0; i < t.length; i++) out[i] = t[i];
        return out;
    }

    // ---------------------------------------------------------------- LawFit

    @Test
    void anExactGeometricLawIsRecovered() {
        long[] t = new long[40];
        for (int i = 0; i < t.length; i++) t[i] = 5 + 5L * i;
        LawFit.Fit fit =
                LawFit.fit(
                        CompiledLaw.of(GEOMETRIC),
                        doubles(t),
                        logs(values(t, k -> 3 * Math.pow(0.9, k))));
        assertThat(fit.get("c")).isCloseTo(3, within(3e-8));
        assertThat(fit.get("r")).isCloseTo(0.9, within(1e-8));
        assertThat(fit.rmsLog()).isLessThan(1e-10);
    }

    @Test
    void aPowerLawIsRecovered() {
        long[] t = logSpacedTimes(10_000);
        t = Arrays.copyOfRange(t, 5, t.length);
        LawFit.Fit fit =
                LawFit.fit(
                        CompiledLaw.of(law("c/t^a", "c", "a")),
                        doubles(t),
                        logs(values(t, k -> 2 * Math.pow(k, -1.5))));
        assertThat(fit.get("c")).isCloseTo(2, within(1e-8));
        assertThat(fit.get("a")).isCloseTo(1.5, within(1e-8));
    }

    /**
     * With noise the standard errors are those of ordinary least squares on log q = log c + t log
     * r: se(log r) = s / sqrt(Sxx), s^2 = SSR / (n - 2), and sigma_r = r se(log r) to first order.
     */
    @Test
    void standardErrorsScaleWithTheResiduals() {
        int n = 30;
        double[] t = new double[n], q = new double[n], y = new double[n];
        Random random = new Random(11);
        for (int i = 0; i < n; i++) {
            t[i] = 10 + 3 * i;
            y[i] = Math.log(3) + t[i] * Math.log(0.9) + 0.01 * random.nextGaussian();
            q[i] = Math.exp(y[i]);
        }
        double tm = 0, ym = 0;
        for (int i = 0; i < n; i++) {
            tm += t[i] / n;
            ym += y[i] / n;
        }
        double sxx = 0, sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (t[i] - tm) * (t[i] - tm);
            sxy += (t[i] - tm) * (y[i] - ym);
        }
        double slope = sxy / sxx, intercept = ym - slope * tm, ssr = 0;
        for (int i = 0; i < n; i++) ssr += Math.pow(y[i] - intercept - slope * t[i], 2);
        double s = Math.sqrt(ssr / (n - 2));
        double seLogR = s / Math.sqrt(sxx);

        LawFit.Fit fit = LawFit.fit(CompiledLaw.of(GEOMETRIC), t, logs(q));
        assertThat(fit.get("r")).isCloseTo(Math.exp(slope), within(1e-10));
        assertThat(fit.rmsLog()).isCloseTo(Math.sqrt(ssr / n), within(1e-10));
        assertThat(fit.sigma("r"))
                .isCloseTo(Math.exp(slope) * seLogR, within(1e-3 * Math.exp(slope) * seLogR));

        // an exact law has (numerically) zero standard errors, not O(1) ones
        double[] exact = new double[n];
        for (int i = 0; i < n; i++) exact[i] = 3 * Math.pow(0.9, t[i]);
        LawFit.Fit perfect = LawFit.fit(CompiledLaw.of(GEOMETRIC), t, logs(exact));
        assertThat(perfect.sigma("r")).isLessThan(1e-8);
        assertThat(perfect.sigma("c")).isLessThan(1e-6);
    }

    // ---------------------------------------------------------------- RateClaim

    private static RateClaim claim(Map<String, RateClaim.ExpectedConstant> expected) {
        return new RateClaim("loss", CompiledLaw.of(GEOMETRIC), expected, 0.02, "0.02");
    }

    private static Map<String, RateClaim.ExpectedConstant> expect(String name, double value) {
        Map<String, RateClaim.ExpectedConstant> m = new LinkedHashMap<>();
        m.put(name, new RateClaim.ExpectedConstant(value, null));
        return m;
    }

    private static Map<String, RateClaim.ExpectedConstant> expectPredicted() {
        Map<String, RateClaim.ExpectedConstant> m = new LinkedHashMap<>();
        m.put("r", new RateClaim.ExpectedConstant(Double.NaN, RateClaim.PREDICTED_CONTRACTION));
        return m;
    }

    private static PointRun geometricRun(double proved) {
        long[] t = logSpacedTimes(300);
        return lossRun(t, values(t, k -> 3 * Math.pow(0.9, k)), proved);
    }

    @Test
    void aGeometricRunHoldsAgainstItsConstants() {
        PointRun run = geometricRun(Double.NaN);
        assertThat(claim(Map.of()).evaluate(run, run).verdict()).isEqualTo(Verdict.HOLDS);
        ClaimResult r = claim(expect("r", 0.9)).evaluate(run, run);
        assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.HOLDS);
        assertThat(r.error()).isLessThan(1e-6);
        ClaimResult c = claim(expect("c", 3)).evaluate(run, run);
        assertThat(c.verdict()).as(c.message()).isEqualTo(Verdict.HOLDS);
    }

    @Test
    void anExpectedConstantFarOffFails() {
        PointRun run = geometricRun(Double.NaN);
        ClaimResult r = claim(expect("r", 0.5)).evaluate(run, run);
        assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.FAILS);
        assertThat(r.error()).isCloseTo(0.9 / 0.5 - 1, within(1e-3));
        assertThat(claim(expect("c", 4)).evaluate(run, run).verdict()).isEqualTo(Verdict.FAILS);
        // just outside the 2% tolerance
        assertThat(claim(expect("c", 3 / 1.021)).evaluate(run, run).verdict())
                .isEqualTo(Verdict.FAILS);
        assertThat(claim(expect("c", 3 / 1.019)).evaluate(run, run).verdict())
                .isEqualTo(Verdict.HOLDS);
    }

    @Test
    void thePredictedContractionIsComparedByRate() {
        // -log 0.9 = 0.10536; a proved 0.898 has rate 0.10759, 2.1% off; 0.8985 is 1.6% off
        assertThat(claim(expectPredicted()).evaluate(geometricRun(0.9), null).verdict())
                .isEqualTo(Verdict.HOLDS);
        assertThat(claim(expectPredicted()).evaluate(geometricRun(0.898), null).verdict())
                .isEqualTo(Verdict.FAILS);
        assertThat(claim(expectPredicted()).evaluate(geometricRun(0.8985), null).verdict())
                .isEqualTo(Verdict.HOLDS);
        assertThat(claim(expectPredicted()).evaluate(geometricRun(0.5), null).verdict())
                .isEqualTo(Verdict.FAILS);
        ClaimResult none = claim(expectPredicted()).evaluate(geometricRun(Double.NaN), null);
        assertThat(none.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(none.message()).contains("theory gives no");
    }

    @Test
    void aPowerLawIsNotAGeometricLaw() {
        // 1/t over the window [0.2 T, T]: a straight line in log q fits to a few percent, but not
        // as a law
        for (long max : new long[] {300, 10_000, 1_000_000}) {
            long[] t = logSpacedTimes(max);
            t = Arrays.copyOfRange(t, 1, t.length);
            PointRun run = lossRun(t, values(t, k -> 1.0 / k), 0.99);
            ClaimResult plain = claim(Map.of()).evaluate(run, run);
            assertThat(plain.verdict())
                    .as("T = %d: %s", max, plain.message())
                    .isEqualTo(Verdict.INCONCLUSIVE);
            assertThat(plain.message()).containsAnyOf("does not describe", "could not be fitted");
            ClaimResult rate = claim(expectPredicted()).evaluate(run, run);
            assertThat(rate.verdict()).as(rate.message()).isEqualTo(Verdict.INCONCLUSIVE);
        }
    }

    @Test
    void aSubGeometricLawIsNotAGeometricLaw() {
        long[] t = logSpacedTimes(2000);
        PointRun run = lossRun(t, values(t, k -> Math.exp(-Math.sqrt(k))), Double.NaN);
        assertThat(claim(Map.of()).evaluate(run, run).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Test
    void tooFewSamplesAboveTheFloorAreInconclusive() {
        long[] t = {0, 1, 2, 3};
        PointRun run = lossRun(t, values(t, k -> Math.pow(0.5, k)), Double.NaN);
        ClaimResult c = claim(Map.of()).evaluate(run, run);
        assertThat(c.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(c.message()).contains("samples");
        // a geometric run that reaches exact zero: the zeros (below the floor) are left out of the
        // fit
        long[] u = logSpacedTimes(400);
        PointRun zeros = lossRun(u, values(u, k -> k > 200 ? 0 : 3 * Math.pow(0.9, k)), Double.NaN);
        ClaimResult z = claim(expect("r", 0.9)).evaluate(zeros, zeros);
        assertThat(z.verdict()).as(z.message()).isEqualTo(Verdict.HOLDS);
    }

    private static double[] logs(double[] q) {
        double[] out = new double[q.length];
        for (int i = 0; i < q.length; i++) out[i] = Math.log(q[i]);
        return out;
    }
}
