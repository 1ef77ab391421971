package dev.occam.certify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Against scipy: lo = beta.ppf(0.025, k, N-k+1), hi = beta.ppf(0.975, k+1, N-k) (0 and 1 at the
 * ends): (20, 20) -> [0.8315665290169146, 1]; (17, 20) -> [0.621073173454686, 0.9679290628145363];
 * (0, 10) -> [0, 0.3084971078187607]; (3, 10) -> [0.06673951117773447, 0.6524528500599973]. (20,
 * 20)'s lower end is also 0.025^(1/20) by hand.
 */
class ClopperPearsonTest {
    @Test
    void matchesScipy() {
        check(20, 20, 0.8315665290169146, 1);
        check(17, 20, 0.621073173454686, 0.9679290628145363);
        check(0, 10, 0, 0.3084971078187607);
        check(3, 10, 0.06673951117773447, 0.6524528500599973);
        assertThat(ClopperPearson.of(20, 20, 0.95).lower())
                .isCloseTo(Math.pow(0.025, 1.0 / 20), within(1e-10));
    }

    private static void check(int k, int n, double lo, double hi) {
        ClopperPearson c = ClopperPearson.of(k, n, 0.95);
        assertThat(c.lower()).isCloseTo(lo, within(1e-10));
        assertThat(c.upper()).isCloseTo(hi, within(1e-10));
    }
}
