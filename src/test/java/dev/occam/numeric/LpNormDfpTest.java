package dev.occam.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

/** The l_p norm of plain Dfp vectors, against values known in closed form. */
class LpNormDfpTest {
    private static final DfpField FIELD = new DfpField(40);

    private static Dfp[] v(double... a) {
        return Arrays.stream(a).mapToObj(FIELD::newDfp).toArray(Dfp[]::new);
    }

    private static double error(Dfp got, Dfp expected) {
        return got.subtract(expected).abs().toDouble();
    }

    @Test
    void powers() {
        assertThat(LpNorm.absPow(FIELD.getZero(), FIELD.newDfp("0.5")).isZero()).isTrue();
        assertThat(
                        error(
                                LpNorm.absPow(FIELD.newDfp(-8), FIELD.newDfp(1).divide(3)),
                                FIELD.newDfp(2)))
                .isLessThan(1e-38);
        // |3|^3 + |-4|^3 = 91
        assertThat(error(LpNorm.powerSum(v(3, -4, 0), FIELD.newDfp(3)), FIELD.newDfp(91)))
                .isLessThan(1e-36);
    }

    /** The root is DfpMath.pow by exp and log, a few digits short of the field's 40. */
    @Test
    void norms() {
        assertThat(error(LpNorm.of(v(3, -4), FIELD.newDfp(2)), FIELD.newDfp(5))).isLessThan(1e-34);
        // ||(1, 1)||_(4/3) = 2^(3/4)
        Dfp fourThirds = FIELD.newDfp(4).divide(3);
        assertThat(
                        error(
                                LpNorm.of(v(1, -1), fourThirds),
                                FIELD.newDfp("1.681792830507429086062250952466429790080")))
                .isLessThan(1e-34);
        assertThat(LpNorm.of(v(0, 0), fourThirds).isZero()).isTrue();
    }
}
