package dev.occam.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.numeric.SplitMix64;
import dev.occam.numeric.Tiers;
import dev.occam.numeric.Vec;
import dev.occam.symbolic.Symbolic;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

/**
 * A formula quantity's value and its slack: the value by hand, the slack against the formula
 * evaluated directly (Java's Math) at random points of the box it claims to cover.
 */
class FormulaQuantityTest {
    private static final List<String> VARIABLES = List.of("W11", "W12", "W21", "W22", "L", "t");

    private static FormulaQuantity compile(String text) {
        return new FormulaQuantity(
                text,
                Symbolic.get()
                        .parse(
                                FormulaQuantity.symjaText(text),
                                FormulaQuantity.symjaVariables(VARIABLES),
                                Duration.ofSeconds(10))
                        .compile(),
                4);
    }

    @Test
    void theGrowthLawIsReadFromTheEntriesAndTheLoss() {
        FormulaQuantity q = compile("Abs(W11)*Sqrt(L)");
        Vec w = Tiers.forDigits(16).of(new double[] {-3, 1, 1, 0.25});
        // |-3| sqrt(4) = 6
        assertThat(q.value(w, Math.log(4), 7)).isEqualTo(6.0);
        assertThat(q.entriesOnly()).isFalse();
        assertThat(compile("W11*W22 - W12*W21").entriesOnly()).isTrue();
        assertThat(compile("W11 + t").entriesOnly()).isFalse();
    }

    @Test
    void theSlackCoversEveryPointOfTheBox() {
        FormulaQuantity q = compile("Abs(W11)*Sqrt(L) + W12*W21/(1 + W22^2)");
        SplitMix64 random = new SplitMix64(7);
        for (int trial = 0; trial < 200; trial++) {
            double[] x = new double[4];
            for (int k = 0; k < 4; k++) x[k] = 10 * random.nextUniform();
            double loss = Math.exp(3 * random.nextUniform());
            double radius = 1e-3 * (1 + random.nextUnit()), logSlack = 1e-3;
            Vec w = Tiers.forDigits(16).of(x);
            double v = q.value(w, Math.log(loss), 0);
            double slack = q.slack(w, Math.log(loss), 0, v, radius, logSlack);
            assertThat(slack).isFinite().isLessThan(1);
            for (int p = 0; p < 50; p++) {
                double[] y = new double[4];
                for (int k = 0; k < 4; k++) y[k] = x[k] + radius * random.nextUniform();
                double l = loss * Math.exp(logSlack * random.nextUniform());
                double direct = Math.abs(y[0]) * Math.sqrt(l) + y[1] * y[2] / (1 + y[3] * y[3]);
                assertThat(Math.abs(direct - v)).isLessThanOrEqualTo(slack);
            }
        }
    }

    @Test
    void aBoxReachingANegativeSquareRootIsNotSeen() {
        FormulaQuantity q = compile("Sqrt(W11)");
        Vec w = Tiers.forDigits(16).of(new double[] {1e-20, 0, 0, 0});
        double v = q.value(w, 0, 0);
        assertThat(q.slack(w, 0, 0, v, 1e-10, 0)).isInfinite();
    }
}
