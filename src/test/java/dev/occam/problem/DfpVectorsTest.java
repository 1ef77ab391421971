package dev.occam.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.numeric.Value;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

class DfpVectorsTest {
    private static final DfpField FIELD = new DfpField(40);

    private static Dfp[] v(double... a) {
        Dfp[] out = new Dfp[a.length];
        for (int i = 0; i < a.length; i++) out[i] = FIELD.newDfp(a[i]);
        return out;
    }

    @Test
    void rationalsAreConvertedAsQuotientsNotDoubles() {
        Dfp third = DfpVectors.of(FIELD, Value.of(new BigFraction(1, 3), "1/3"));
        assertThat(third.multiply(3).subtract(FIELD.getOne()).abs().toDouble()).isLessThan(1e-38);
        Dfp d =
                DfpVectors.of(
                        FIELD,
                        Value.irrational(
                                new BigDecimal("1.41421356237309504880168872420969807857"),
                                "Sqrt(2)"));
        assertThat(d.multiply(d).subtract(FIELD.newDfp(2)).abs().toDouble())
                .isLessThan(1e-35); // base-10000 Dfp: 37+ digits
    }

    @Test
    void products() {
        Dfp[][] m = {v(1, 2, 3), v(-1, 0, 4)};
        assertThat(DfpVectors.toDouble(DfpVectors.multiply(m, v(1, 1, 2)))).containsExactly(9, 7);
        assertThat(DfpVectors.toDouble(DfpVectors.multiplyTransposed(m, v(2, -1))))
                .containsExactly(3, 4, 2);
        assertThat(DfpVectors.dot(v(1, 2), v(3, 4)).toDouble()).isEqualTo(11);
        assertThat(DfpVectors.norm2(v(3, 4)).toDouble()).isEqualTo(5);
        assertThat(DfpVectors.normInf(v(3, -7, 4)).toDouble()).isEqualTo(7);
        assertThat(DfpVectors.toDouble(DfpVectors.add(v(1, 2), v(3, 4)))).containsExactly(4, 6);
        assertThat(DfpVectors.toDouble(DfpVectors.subtract(v(1, 2), v(3, 4))))
                .containsExactly(-2, -2);
        assertThat(DfpVectors.toDouble(DfpVectors.scale(FIELD.newDfp(-2), v(1, 2))))
                .containsExactly(-2, -4);
    }

    @Test
    void signs() {
        assertThat(DfpVectors.signum(FIELD.newDfp(-0.5)).toDouble()).isEqualTo(-1);
        assertThat(DfpVectors.signum(FIELD.newDfp(3)).toDouble()).isEqualTo(1);
        assertThat(DfpVectors.signum(FIELD.getZero()).isZero()).isTrue();
    }
}
