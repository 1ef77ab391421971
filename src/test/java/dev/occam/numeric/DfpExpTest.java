package dev.occam.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.math.BigDecimal;

/** Dfp's exp does not return near -2e9; the clamped exp and the softmax that uses it do. */
class DfpExpTest {
    private static final DfpField F = new DfpField(40);

    @Test
    @Timeout(20)
    void hugeArgumentsSaturateAsDfpDoesAtTheClamp() {
        assertThat(DfpExp.exp(F.newDfp("-3e9")).isZero()).isTrue();
        assertThat(DfpExp.exp(F.newDfp("3e9")).isInfinite()).isTrue();
        // Dfp's own results at the clamp (it underflows near -301800, overflows near 301800)
        assertThat(F.newDfp("-1e6").exp().isZero()).isTrue();
        assertThat(F.newDfp("1e6").exp().isInfinite()).isTrue();
        Dfp x = F.newDfp("-2.5");
        assertThat(DfpExp.exp(x)).isEqualTo(x.exp());
    }

    @Test
    @Timeout(20)
    void softmaxWithAGapOfBillionsGivesExactZeroWeight() {
        Tier tier = Tier.forDigits(40);
        Vec src = tier.of(new BigDecimal[] {BigDecimal.ZERO, new BigDecimal("-3e9")});
        Vec out = tier.zeros(2);
        Scalar lse = out.softmax(src);
        assertThat(out.decimal(0).compareTo(BigDecimal.ONE)).isZero();
        assertThat(out.decimal(1).signum()).isZero();
        assertThat(lse.decimal().signum()).isZero();
        assertThat(tier.scalar(-3e9).exp().decimal().signum()).isZero();
    }
}
