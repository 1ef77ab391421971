package dev.occam.prediction;

import static dev.occam.numeric.BinaryGramTest.values;
import static dev.occam.prediction.CertifiedL2InterpolantTest.distance;
import static dev.occam.prediction.CertifiedL2InterpolantTest.exactLambda;
import static dev.occam.prediction.CertifiedL2InterpolantTest.exactPoint;
import static dev.occam.prediction.CertifiedL2InterpolantTest.fractions;
import static dev.occam.prediction.CertifiedL2InterpolantTest.matrix;
import static dev.occam.prediction.CertifiedL2InterpolantTest.norm;
import static dev.occam.prediction.CertifiedL2InterpolantTest.vector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.numeric.BinaryGram;
import dev.occam.numeric.Value;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

/**
 * The l2 interpolant of a large X of doubles, computed in floating point with a proved radius,
 * against the exact interpolant computed independently in rationals (Bareiss elimination): the
 * radius must contain the true error and be small; dependent rows must be refused.
 */
class BinaryL2InterpolantTest {

    private static Value[] exactValues(BigFraction[] q) {
        Value[] v = new Value[q.length];
        for (int i = 0; i < q.length; i++) v[i] = Value.of(q[i], Value.text(q[i]));
        return v;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"gaussian", "small", "large"})
    void theRadiusContainsTheExactInterpolantsDistance(String shape) {
        int n = 8, d = 1300; // 10,400 entries: the floating path
        double[][] xd = matrix(shape, n, d, 21);
        BigFraction[][] x = fractions(xd);
        // y and w0 rational but not doubles (a third of a Gaussian): their conversion counts too
        BigFraction[] y = vector(n, 22), w0 = vector(d, 23);
        for (int i = 0; i < n; i++) y[i] = y[i].divide(3);
        BigFraction[] exact = exactPoint(x, w0, exactLambda(x, y, w0));
        BinaryGram gram = BinaryGram.large(values(xd));
        CertifiedL2Interpolant.Solution s =
                BinaryL2Interpolant.solve(gram, exactValues(y), exactValues(w0), 34);
        assertThat(s).isNotNull();
        BigDecimal error = distance(s.value(), exact);
        assertThat(error).as("true error <= radius").isLessThanOrEqualTo(s.radius());
        double scale = 1 + norm(exact);
        assertThat(s.radius().doubleValue()).as("radius").isLessThan(1e-22 * scale);
    }

    @Test
    void rowsDependentToWithinRoundingAreRefused() {
        int n = 8, d = 1300;
        double[][] xd = matrix("gaussian", n, d, 31);
        xd[5] = xd[2].clone();
        BinaryGram gram = BinaryGram.large(values(xd));
        BigFraction[] y = vector(n, 32), w0 = vector(d, 33);
        assertThat(BinaryL2Interpolant.solve(gram, exactValues(y), exactValues(w0), 34)).isNull();
    }
}
