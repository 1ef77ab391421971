package dev.occam.prediction;

import static org.assertj.core.api.Assertions.assertThat;

import org.hipparchus.dfp.DfpField;
import org.hipparchus.fraction.BigFraction;
import org.hipparchus.linear.ArrayFieldVector;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;

class DecimalsTest {
    @Test
    void rationalsKeepSignificantDigitsAtEveryScale() {
        BigFraction big = new BigFraction(BigInteger.TEN.pow(30), BigInteger.valueOf(3));
        BigFraction tiny =
                new BigFraction(
                        BigInteger.ONE, BigInteger.TEN.pow(70).multiply(BigInteger.valueOf(3)));
        BigDecimal[] d =
                Decimals.of(
                        new ArrayFieldVector<>(
                                new BigFraction[] {
                                    big, tiny, BigFraction.ZERO, new BigFraction(-2, 7)
                                }),
                        20);
        assertThat(d[0]).isEqualByComparingTo("3.3333333333333333333E29");
        assertThat(d[1]).isEqualByComparingTo("3.3333333333333333333E-71");
        assertThat(d[2]).isEqualByComparingTo("0");
        assertThat(d[3]).isEqualByComparingTo("-0.28571428571428571429");
    }

    @Test
    void briefAndDfp() {
        DfpField f = new DfpField(60);
        assertThat(Decimals.brief(f.getZero())).isEqualTo("0");
        assertThat(Decimals.brief(f.newDfp("-3.14159e-400"))).isEqualTo("3.1E-400");
        assertThat(Decimals.of(f.newDfp(1).divide(3)).toString())
                .startsWith("0.33333333333333333333");
        assertThat(Decimals.of(f.newDfp("2.5e-80"))).isEqualByComparingTo("2.5e-80");
    }
}
