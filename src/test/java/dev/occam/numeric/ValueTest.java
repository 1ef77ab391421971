package dev.occam.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

class ValueTest {
    @Test
    void negationKeepsTheDigitsOfTheNegatedFraction() {
        Value third = Value.of(new BigFraction(1, 3), "1/3");
        Value minus = third.negate();
        assertThat(minus.rational()).isEqualTo(new BigFraction(-1, 3));
        assertThat(minus.decimal()).isEqualTo(Value.of(new BigFraction(-1, 3), "-1/3").decimal());
        assertThat(minus.decimal().precision()).isEqualTo(Value.DIGITS);
        assertThat(minus.text()).isEqualTo("-(1/3)");
    }

    @Test
    void negationOfAnIrrationalStaysIrrational() {
        Value root =
                Value.irrational(
                        new BigDecimal("1.41421356237309504880168872420969807857"), "Sqrt(2)");
        Value minus = root.negate();
        assertThat(minus.isRational()).isFalse();
        assertThat(minus.decimal())
                .isEqualTo(new BigDecimal("-1.41421356237309504880168872420969807857"));
    }
}
