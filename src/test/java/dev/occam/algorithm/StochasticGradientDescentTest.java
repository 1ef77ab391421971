package dev.occam.algorithm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;
import dev.occam.problem.LeastSquares;
import dev.occam.problem.Objective;
import dev.occam.problem.Quadratic;

import org.junit.jupiter.api.Test;

/**
 * SGD against an independent numpy loop. The indices come from a Python SplitMix64 written from the
 * published algorithm (state += 0x9E3779B97F4A7C15, the two xor-shift-multiplies, z ^ (z >>> 31)),
 * index = z mod n on the unsigned 64-bit z; the loop then applies w -= eta (n/b) sum_j 2 (x_i.w -
 * y_i) x_i:
 *
 * <pre>
 * X=np.array([[1.,2.,0.],[0.,1.,-1.]]); y=np.array([1.,0.]); n=2; b=2; eta=0.05
 * r=SM(7); idx=[r.next()%n for _ in range(10)]      # [1, 0, 0, 1, 0, 1, 0, 0, 1, 1]
 * w=np.zeros(3)
 * for t in range(5):
 *     g=np.zeros(3)
 *     for j in range(b): i=idx[t*b+j]; g+=(n/b)*2*(X[i]@w-y[i])*X[i]
 *     w=w-eta*g                                        # [0.2184, 0.32184, 0.11496]
 * </pre>
 */
class StochasticGradientDescentTest {
    private static final LeastSquares PROBLEM =
            new LeastSquares(
                    new Value[][] {
                        {Value.of(1), Value.of(2), Value.of(0)},
                        {Value.of(0), Value.of(1), Value.of(-1)}
                    },
                    new Value[] {Value.of(1), Value.of(0)});

    private static final double[] NUMPY = {0.2184, 0.32184, 0.11496};

    private static double[] run(int digits, long seed) {
        Tier tier = Tier.forDigits(digits);
        Objective objective = PROBLEM.objective(tier);
        Algorithm sgd = new StochasticGradientDescent(StepSize.constant(0.05, "0.05"), 2, seed);
        Stepper s = sgd.start(objective, tier.zeros(3));
        for (int t = 0; t < 5; t++) s.step(t);
        return s.iterate().toDoubleArray();
    }

    @Test
    void theIndexSequenceIsSplitMix64ModN() {
        assertThat(StochasticGradientDescent.indices(7, 2, 10))
                .containsExactly(1, 0, 0, 1, 0, 1, 0, 0, 1, 1);
    }

    @Test
    void matchesNumpyInEveryTierAndRepeatsPerSeed() {
        for (int digits : new int[] {16, 32, 40}) {
            double[] w = run(digits, 7);
            for (int j = 0; j < 3; j++) assertThat(w[j]).isCloseTo(NUMPY[j], within(1e-15));
        }
        assertThat(run(16, 7)).containsExactly(run(16, 7));
        assertThat(run(16, 8)).isNotEqualTo(run(16, 7));
    }

    @Test
    void reseededIsTheSameMethodWithAnotherSeed() {
        Algorithm sgd = new StochasticGradientDescent(StepSize.constant(0.05, "0.05"), 2, 7);
        assertThat(sgd.stochastic()).isTrue();
        assertThat(sgd.reseeded(8)).isEqualTo(new StochasticGradientDescent(sgd.step(), 2, 8));
        assertThat(new GradientDescent(sgd.step()).reseeded(8))
                .isEqualTo(new GradientDescent(sgd.step()));
    }

    @Test
    void aLossThatIsNotASumOverPointsIsRefused() {
        Quadratic q =
                Quadratic.of(
                        new Value[][] {{Value.of(1), Value.of(0)}, {Value.of(0), Value.of(1)}},
                        new Value[] {Value.of(0), Value.of(0)});
        Tier tier = Tier.forDigits(16);
        assertThatThrownBy(
                        () ->
                                new StochasticGradientDescent(StepSize.constant(0.1, "0.1"), 1, 1)
                                        .start(q.objective(tier), tier.zeros(2)))
                .hasMessageContaining("sum over points");
    }

    /**
     * ||Xw - y||^2 with X = [[3, 4]], y = 0, w0 = (1, 0): grad = 2*3*(3, 4) = (18, 24), ||grad|| =
     * 30, so eta = 1/2 moves to (1, 0) - (1/2)(18, 24)/30 = (0.7, -0.4); at w = 0 the gradient is 0
     * and the run ends there, unchanged, instead of forming 0/0.
     */
    @Test
    void theGradientNormStepByHand() {
        LeastSquares p =
                new LeastSquares(
                        new Value[][] {{Value.of(3), Value.of(4)}}, new Value[] {Value.of(0)});
        for (int digits : new int[] {16, 32, 40}) {
            Tier tier = Tier.forDigits(digits);
            Algorithm gd =
                    new GradientDescent(new GradientNormStep(0.5, "{over-gradient-norm: 0.5}"));
            Vec w0 = tier.of(new double[] {1, 0});
            Stepper s = gd.start(p.objective(tier), w0);
            s.step(0);
            assertThat(s.iterate().get(0)).isCloseTo(0.7, within(1e-15));
            assertThat(s.iterate().get(1)).isCloseTo(-0.4, within(1e-15));
            assertThat(s.finished()).isFalse();
            Stepper still = gd.start(p.objective(tier), tier.zeros(2));
            still.step(0);
            assertThat(still.finished()).isTrue();
            assertThat(still.iterate().toDoubleArray()).containsExactly(0, 0);
        }
        assertThat(new GradientDescent(new GradientNormStep(0.5, "x")).linearUpdate()).isNull();
    }
}
