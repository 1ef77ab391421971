package dev.occam.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;

/** Seeded random data and exact BigDecimal references for the tier tests. */
final class Exact {
    /** Reference precision: beyond the quad-double tier's 62 digits. */
    static final MathContext MC = new MathContext(120);

    private Exact() {}

    /**
     * Gaussian-sized numbers with 40 significant digits, so double-double low parts are nonzero.
     */
    static BigDecimal[] randomDecimals(Random r, int n) {
        BigDecimal[] a = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            a[i] =
                    new BigDecimal(r.nextGaussian())
                            .divide(BigDecimal.valueOf(3), new MathContext(40));
        }
        return a;
    }

    static BigDecimal[][] randomMatrix(Random r, int rows, int cols) {
        BigDecimal[][] m = new BigDecimal[rows][];
        for (int i = 0; i < rows; i++) {
            m[i] = randomDecimals(r, cols);
        }
        return m;
    }

    static Value[][] values(BigDecimal[][] m) {
        Value[][] v = new Value[m.length][];
        for (int i = 0; i < m.length; i++) {
            v[i] = values(m[i]);
        }
        return v;
    }

    static Value[] values(BigDecimal[] a) {
        Value[] v = new Value[a.length];
        for (int i = 0; i < a.length; i++) {
            v[i] = Value.irrational(a[i], a[i].toString());
        }
        return v;
    }

    static BigDecimal dot(BigDecimal[] a, BigDecimal[] b) {
        BigDecimal s = BigDecimal.ZERO;
        for (int i = 0; i < a.length; i++) {
            s = s.add(a[i].multiply(b[i]));
        }
        return s;
    }

    static BigDecimal sumAbsDot(BigDecimal[] a, BigDecimal[] b) {
        BigDecimal s = BigDecimal.ZERO;
        for (int i = 0; i < a.length; i++) {
            s = s.add(a[i].multiply(b[i]).abs());
        }
        return s;
    }

    /** |actual - expected| <= tol * scale. */
    static void assertClose(BigDecimal actual, BigDecimal expected, BigDecimal scale, double tol) {
        BigDecimal err = actual.subtract(expected).abs();
        assertThat(err.compareTo(scale.abs().multiply(new BigDecimal(tol))) <= 0)
                .as("|%s - %s| = %s exceeds %s * %s", actual, expected, err, tol, scale)
                .isTrue();
    }

    static void assertRelative(BigDecimal actual, BigDecimal expected, double tol) {
        assertClose(actual, expected, expected, tol);
    }
}
