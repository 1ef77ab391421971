package dev.occam.algorithm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.numeric.Norm;
import dev.occam.numeric.Norms;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;
import dev.occam.problem.LeastSquares;
import dev.occam.problem.Objective;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

/**
 * Steepest descent in l_1.01 (dual exponent q = 101) on a realizable least-squares problem. The
 * direct form of the direction, ||g||_q^-99 sign(g)|g|^100, turned into inf * 0 once ||g|| fell
 * below about 1e-3, and the iterate became non-finite after 135 iterations (in double and in
 * double-double, which has double's exponent range). Truth: X has full row rank, so L = ||Xw -
 * y||^2 has minimum 0 and a converging run drives the residual to the rounding floor. eta = 0.05 is
 * below 1/L_p with L_p = 2 max_ij |(X^T X)_ij| = 10 bounding the Hessian from l_1 to l_inf (by
 * hand).
 */
class SteepestDescentNearL1Test {
    private static final long[][] X = {{1, 2, 0}, {0, 1, -1}};
    private static final long[] Y = {1, 2};

    @ParameterizedTest(name = "{0} digits")
    @ValueSource(ints = {16, 32})
    void theRunStaysFiniteAndReachesTheInterpolationSet(int digits) {
        Tier tier = Tier.forDigits(digits);
        Value[][] x = new Value[X.length][];
        Value[] y = new Value[Y.length];
        for (int i = 0; i < X.length; i++) {
            x[i] = new Value[X[i].length];
            for (int j = 0; j < X[i].length; j++) x[i][j] = Value.of(X[i][j]);
            y[i] = Value.of(Y[i]);
        }
        Objective objective = new LeastSquares(x, y).objective(tier);
        Norm norm = Norms.lp(Value.of(new BigFraction(101, 100), "101/100"));
        Stepper stepper =
                new SteepestDescent(StepSize.constant(0.05, "0.05"), norm)
                        .start(objective, tier.zeros(3));
        Trajectory run = new Runner(2000, Duration.ofSeconds(60)).run(stepper, objective, f -> {});
        Vec w = run.last();
        assertThat(run.stopped()).isNotEqualTo("diverged");
        assertThat(w.isFinite()).isTrue();
        assertThat(run.iterations()).isGreaterThan(135);
        double r0 = w.get(0) + 2 * w.get(1) - 1;
        double r1 = w.get(1) - w.get(2) - 2;
        assertThat(Math.hypot(r0, r1)).isLessThan(1e-12);
    }
}
