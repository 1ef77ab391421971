package dev.occam.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.numeric.Value;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.dfp.DfpMath;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.SplittableRandom;
import java.util.stream.Stream;

class PowerPotentialTest {
    private static final DfpField FIELD = new DfpField(80);

    static Stream<BigFraction> ps() {
        return Stream.of(
                new BigFraction(4, 3),
                new BigFraction(3, 2),
                new BigFraction(3),
                new BigFraction(7, 2));
    }

    static PowerPotential psi(BigFraction p) {
        return new PowerPotential(FIELD, Value.of(p, p.toString()));
    }

    @ParameterizedTest
    @MethodSource("ps")
    void mapsValueAndJacobian(BigFraction pf) {
        PowerPotential psi = psi(pf);
        Dfp p =
                FIELD.newDfp(pf.getNumerator().toString())
                        .divide(FIELD.newDfp(pf.getDenominator().toString()));
        Dfp[] u = TierChecks.dfp(FIELD, TierChecks.random(new SplittableRandom(3), 6, -3, 3, 0.1));
        // value = (1/p) sum |u|^p, gradient = sign(u)|u|^(p-1), written out
        Dfp sum = FIELD.getZero();
        for (Dfp x : u) sum = sum.add(DfpMath.pow(x.abs(), p));
        assertThat(TierChecks.relErr(psi.value(u), sum.divide(p))).isLessThan(1e-70);
        Dfp[] g = psi.gradient(u);
        for (int i = 0; i < u.length; i++) {
            Dfp m = DfpMath.pow(u[i].abs(), p.subtract(1));
            assertThat(TierChecks.relErr(g[i], u[i].negativeOrNull() ? m.negate() : m))
                    .isLessThan(1e-70);
        }
        Dfp[] back = psi.inverse(g);
        for (int i = 0; i < u.length; i++)
            assertThat(TierChecks.relErr(back[i], u[i])).isLessThan(1e-70);
        Dfp[][] jac = psi.inverseJacobian(g);
        Dfp[][] fd = TierChecks.finiteDifferenceJacobian(psi::inverse, g, FIELD.newDfp("1e-25"));
        for (int i = 0; i < u.length; i++) {
            for (int k = 0; k < u.length; k++)
                assertThat(jac[i][k].subtract(fd[i][k]).abs().toDouble()).isLessThan(1e-40);
        }
    }

    @Test
    void zeroIsFixed() {
        Dfp[] z = {FIELD.getZero(), FIELD.getZero()};
        for (BigFraction p : ps().toList()) {
            PowerPotential psi = psi(p);
            assertThat(psi.gradient(z)).allMatch(Dfp::isZero);
            assertThat(psi.inverse(z)).allMatch(Dfp::isZero);
            assertThat(psi.value(z).isZero()).isTrue();
        }
        // p = 4/3: q = 4, d/ds sign(s)|s|^3 = 3 s^2 is 0 at 0
        assertThat(psi(new BigFraction(4, 3)).inverseJacobian(z)[0][0].isZero()).isTrue();
        // p = 3: q = 3/2, the derivative (1/2)|s|^(-1/2) is infinite at 0; it is kept finite (1)
        // for Newton
        Dfp[][] j = psi(new BigFraction(3)).inverseJacobian(z);
        assertThat(j[0][0].toDouble()).isEqualTo(1.0);
        assertThat(j[0][1].isZero()).isTrue();
    }
}
