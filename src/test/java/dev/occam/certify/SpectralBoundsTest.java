package dev.occam.certify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.numeric.Value;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

import java.util.Random;

/** Proved eigenvalue bounds of Gram matrices, against eigenvalues known by hand. */
class SpectralBoundsTest {
    private static Value v(long p, long q) {
        return Value.of(new BigFraction(p, q), p + "/" + q);
    }

    @Test
    void boundsEncloseTheEigenvaluesTightly() {
        // rows (1, 0, 0), (0, 2, 0): X X^T = diag(1, 4)
        SpectralBounds b =
                SpectralBounds.of(
                        new Value[][] {{v(1, 1), v(0, 1), v(0, 1)}, {v(0, 1), v(2, 1), v(0, 1)}},
                        "X X^T");
        assertThat(b.lower()).isLessThanOrEqualTo(1).isGreaterThan(1 - 1e-6);
        assertThat(b.upper()).isGreaterThanOrEqualTo(4).isLessThan(4 + 1e-6);
        assertThat(b.proof()).contains("exact rational arithmetic");
    }

    @Test
    void dependentRowsHaveNoPositiveLowerBound() {
        // rows (1, 2), (2, 4): rank 1, lambda_min = 0
        SpectralBounds b =
                SpectralBounds.of(new Value[][] {{v(1, 1), v(2, 1)}, {v(2, 1), v(4, 1)}}, "X X^T");
        assertThat(b.lower()).isZero();
        assertThat(b.upper()).isGreaterThanOrEqualTo(25);
    }

    @Test
    void boundsHoldForRandomBinaryFractions() {
        // the eigenvalues of [[a, b], [b, c]] are (a + c)/2 +- sqrt(((a - c)/2)^2 + b^2)
        Random r = new Random(3);
        for (int trial = 0; trial < 50; trial++) {
            Value[][] x = new Value[2][3];
            for (Value[] row : x)
                for (int j = 0; j < 3; j++)
                    row[j] = Value.of(new BigFraction(r.nextGaussian()), "g");
            double a = 0, b = 0, c = 0;
            for (int j = 0; j < 3; j++) {
                a += x[0][j].doubleValue() * x[0][j].doubleValue();
                b += x[0][j].doubleValue() * x[1][j].doubleValue();
                c += x[1][j].doubleValue() * x[1][j].doubleValue();
            }
            double mid = (a + c) / 2, rad = Math.hypot((a - c) / 2, b);
            SpectralBounds s = SpectralBounds.of(x, "K");
            assertThat(s.lower()).isLessThanOrEqualTo((mid - rad) * (1 + 1e-12));
            assertThat(s.upper()).isGreaterThanOrEqualTo((mid + rad) * (1 - 1e-12));
        }
    }
}
