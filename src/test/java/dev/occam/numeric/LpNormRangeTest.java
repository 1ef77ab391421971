package dev.occam.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.stream.Stream;

/**
 * l_p norms, their duals and steepest directions at p = 1.01 (q = 101) and p = 100 (q = 100/99) for
 * vectors of size 1e-200 to 1e200, in every tier. At p = 1.01 the direct form ||g||_q^(2-q)
 * |g|^(q-1) overflows (||g||_q^-99) and underflows (|g|^100) once ||g|| < about 1e-3; at p = 100,
 * sum |v|^100 overflows for |v| > about 1e3.
 *
 * <p>Truths by mpmath at 60 digits (norm(v, r) = sum(fabs(x)**r)**(1/r), direction -norm(g,
 * q)**(2-q) * sign(x) * fabs(x)**(q-1), q = p/(p-1) from mpf p): for g0 = (0.3, -1.7, 0.05, 1.25),
 * ||g0||_p, ||g0||_q and -||g0||_q^(2-q) sign(g0)|g0|^(q-1), printed to 45 digits. All three are
 * positively homogeneous of degree 1, and the same script checked, computing directly at each scale
 * 10^k, k in {-200, -100, -10, 0, 10, 100, 200}, that they equal 10^k times the values at g0 to 50
 * digits; the test scales the 45-digit values by 10^k exactly.
 */
class LpNormRangeTest {
    private static final String[] G0 = {"0.3", "-1.7", "0.05", "1.25"};

    record Truth(String p, String value, String dual, String[] steepest) {
        @Override
        public String toString() {
            return p;
        }
    }

    private static final Truth P_101_100 =
            new Truth(
                    "101/100",
                    "3.26784557001804910106488989188473303653212344",
                    "1.70000000000000054789558669714869571050489139",
                    new String[] {
                        "-7.90100352430800977728374844620000459358008425e-76",
                        "1.69999999999994575833691698315320606643630414",
                        "-1.20936450303213379376745881368797493071927031e-153",
                        "-0.0000000000000752589377887191563322338790687045469702365078"
                    });
    private static final Truth P_100 =
            new Truth(
                    "100",
                    "1.70000000000000075258937788719908412014798918",
                    "3.26752624933040593813512664045729847794148173",
                    new String[] {
                        "-3.18965234204780123493277161802019945400197486",
                        "3.24603142423283237450750209399926856557285449",
                        "-3.13244342407815540920843184134941866466503221",
                        "-3.23596519603933357989612340795958566599344438"
                    });

    static Stream<Arguments> cases() {
        return Stream.of(16, 32, 50)
                .flatMap(
                        digits ->
                                Stream.of(P_101_100, P_100)
                                        .flatMap(
                                                t ->
                                                        Stream.of(-200, -100, -10, 0, 10, 100, 200)
                                                                .map(
                                                                        k ->
                                                                                Arguments.of(
                                                                                        digits, t,
                                                                                        k))));
    }

    /**
     * Norm-wise relative tolerance: input rounding (1e-16, 1e-32) times exponents up to 101, with
     * margin.
     */
    private static double tolerance(int digits) {
        return switch (digits) {
            case 16 -> 1e-12;
            case 32 -> 1e-28;
            default -> 1e-40;
        };
    }

    @ParameterizedTest(name = "{0} digits, p = {1}, scale 1e{2}")
    @MethodSource("cases")
    void scaledFormsMatchMpmathAtEveryScale(int digits, Truth truth, int k) {
        Tier tier = Tiers.forDigits(digits);
        double tol = tolerance(digits);
        String[] pq = truth.p().split("/");
        BigFraction pf =
                pq.length == 1
                        ? new BigFraction(Long.parseLong(pq[0]))
                        : new BigFraction(Long.parseLong(pq[0]), Long.parseLong(pq[1]));
        Norm norm = Norms.lp(Value.of(pf, truth.p()));
        BigDecimal[] g = new BigDecimal[G0.length];
        for (int i = 0; i < g.length; i++) g[i] = new BigDecimal(G0[i]).scaleByPowerOfTen(k);
        Vec v = tier.of(g);

        assertRelative(
                norm.value(v).decimal(),
                new BigDecimal(truth.value()).scaleByPowerOfTen(k),
                tol,
                "||g||_p");
        assertRelative(
                norm.dual(v).decimal(),
                new BigDecimal(truth.dual()).scaleByPowerOfTen(k),
                tol,
                "||g||_q");

        Vec out = tier.zeros(g.length);
        norm.steepest(v, out);
        assertThat(out.isFinite()).as("steepest direction finite").isTrue();
        BigDecimal largest = BigDecimal.ZERO;
        for (String s : truth.steepest()) largest = largest.max(new BigDecimal(s).abs());
        largest = largest.scaleByPowerOfTen(k);
        for (int i = 0; i < g.length; i++) {
            BigDecimal expected = new BigDecimal(truth.steepest()[i]).scaleByPowerOfTen(k);
            BigDecimal error = out.decimal(i).subtract(expected).abs();
            assertThat(error.divide(largest, MathContext.DECIMAL64).doubleValue())
                    .as("steepest component %d: %s vs %s", i, out.decimal(i), expected)
                    .isLessThanOrEqualTo(tol);
        }
    }

    private static void assertRelative(
            BigDecimal actual, BigDecimal expected, double tol, String what) {
        double rel =
                actual.subtract(expected)
                        .abs()
                        .divide(expected.abs(), MathContext.DECIMAL64)
                        .doubleValue();
        assertThat(rel).as("%s: %s vs %s", what, actual, expected).isLessThanOrEqualTo(tol);
    }
}
