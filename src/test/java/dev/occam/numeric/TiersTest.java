package dev.occam.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TiersTest {
    @ParameterizedTest
    @CsvSource({
        "1, double, 16",
        "16, double, 16",
        "17, double-double, 32",
        "32, double-double, 32",
        "33, quad-double, 62",
        "62, quad-double, 62",
        "63, arbitrary(63), 63",
        "120, arbitrary(120), 120"
    })
    void digitsSelectTheTier(int digits, String name, int carried) {
        Tier t = Tiers.forDigits(digits);
        assertThat(t.name()).isEqualTo(name);
        assertThat(t.digits()).isEqualTo(carried);
        assertThat(Tier.forDigits(digits)).isSameAs(t);
    }

    @Test
    void epsilons() {
        assertThat(Tiers.forDigits(16).epsilon()).isEqualTo(0x1p-53);
        assertThat(Tiers.forDigits(32).epsilon())
                .isEqualTo(0x1p-104)
                .isCloseTo(4.9e-32, Offset.offset(1e-33));
        assertThat(Tiers.forDigits(50).epsilon())
                .isEqualTo(0x1p-206)
                .isCloseTo(9.7e-63, Offset.offset(1e-64));
        assertThat(Tiers.forDigits(70).epsilon()).isEqualTo(1e-70);
    }

    @Test
    void arbitraryTierCarriesGuardDigits() {
        DfpTier t = (DfpTier) Tiers.forDigits(70);
        assertThat(t.field.getRadixDigits() * 4).isGreaterThanOrEqualTo(78);
    }

    @Test
    void arbitraryGivesDfpAtAnyDigitsAndOnlyItHasAWideRange() {
        assertThat(Tiers.arbitrary(40).name()).isEqualTo("arbitrary(40)");
        assertThat(Tiers.hasDoubleRange(Tiers.arbitrary(40))).isFalse();
        for (int d : new int[] {16, 32, 50}) {
            assertThat(Tiers.hasDoubleRange(Tiers.forDigits(d))).isTrue();
        }
    }

    @Test
    void rejectsNonPositiveDigits() {
        assertThatThrownBy(() -> Tiers.forDigits(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
