package dev.occam.prediction;

import dev.occam.problem.ModeRecurrence;

import org.hipparchus.fraction.BigFraction;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A certified bracket of a linear method's contraction per step, max over the excited eigenvalues
 * lambda of the largest root modulus r(mu) of its per-mode characteristic polynomial at mu = s eta
 * lambda ({@link ModeRecurrence#characteristic}), from rational brackets of the smallest nonzero
 * and the largest eigenvalue.
 *
 * <p>r is quasi-convex in mu >= 0 (nonincreasing, then nondecreasing): gradient descent |1 - mu|
 * with its minimum 0 at mu = 1; Nesterov, real roots decreasing for small mu, then modulus
 * sqrt(beta (1 - mu)) down to 0 at mu = 1, then a growing negative root; heavy ball, decreasing to
 * sqrt(beta) (the product of its roots is beta) on [(1 - sqrt beta)^2, (1 + sqrt beta)^2], then
 * increasing. So the maximum over a spectrum is at its smallest or largest eigenvalue, the maximum
 * over an interval of mu at an end, and the minimum over an interval at an end unless the interval
 * reaches the valley: a point (mu = 1) for gradient descent and Nesterov, of width 4 sqrt(beta) for
 * heavy ball, whose value sqrt(beta) bounds r from below everywhere. Each r at a rational mu is
 * enclosed by square roots whose squares are compared with the radicand exactly.
 */
final class ModeContraction {
    private ModeContraction() {}

    /**
     * [lo, hi] containing max(r(mu_min), r(mu_max)), with mu_min and mu_max in the given rational
     * brackets (already multiplied by s eta).
     */
    static BigDecimal[] bracket(
            ModeRecurrence method, BigFraction[] muMin, BigFraction[] muMax, int digits) {
        BigDecimal[] a = over(method, muMin, digits), b = over(method, muMax, digits);
        return new BigDecimal[] {a[0].max(b[0]), a[1].max(b[1])};
    }

    /** [min, max] of r over [mu[0], mu[1]], enclosed. */
    private static BigDecimal[] over(ModeRecurrence method, BigFraction[] mu, int digits) {
        BigDecimal[] left = at(method, mu[0], digits), right = at(method, mu[1], digits);
        BigDecimal hi = left[1].max(right[1]);
        BigDecimal lo = left[0].min(right[0]);
        BigFraction beta = new BigFraction(method.beta());
        if (method.method() == ModeRecurrence.Method.HEAVY_BALL && beta.signum() > 0) {
            BigFraction width = mu[1].subtract(mu[0]);
            // an interval narrower than the valley cannot hold it whole: its minimum is at an end
            if (width.multiply(width).compareTo(beta.multiply(16)) >= 0)
                lo = sqrt(beta, digits, false);
        } else if (mu[0].compareTo(BigFraction.ONE) <= 0 && mu[1].compareTo(BigFraction.ONE) >= 0) {
            lo = BigDecimal.ZERO; // the valley mu = 1, where every root is 0
        }
        return new BigDecimal[] {lo, hi};
    }

    /** r(mu) enclosed: (|B| + sqrt(B^2 - 4C))/2 for real roots, sqrt(C) for complex ones. */
    private static BigDecimal[] at(ModeRecurrence method, BigFraction mu, int digits) {
        BigFraction[] bc = method.characteristic(mu);
        BigFraction disc = bc[0].multiply(bc[0]).subtract(bc[1].multiply(4));
        if (disc.signum() < 0)
            return new BigDecimal[] {sqrt(bc[1], digits, false), sqrt(bc[1], digits, true)};
        BigDecimal b = decimal(bc[0].abs(), digits, RoundingMode.FLOOR);
        BigDecimal bUp = decimal(bc[0].abs(), digits, RoundingMode.CEILING);
        MathContext down = new MathContext(digits, RoundingMode.FLOOR);
        MathContext up = new MathContext(digits, RoundingMode.CEILING);
        return new BigDecimal[] {
            b.add(sqrt(disc, digits, false)).divide(BigDecimal.valueOf(2), down),
            bUp.add(sqrt(disc, digits, true)).divide(BigDecimal.valueOf(2), up)
        };
    }

    /** sqrt(x) rounded down or up to about {@code digits} digits, checked by squaring exactly. */
    static BigDecimal sqrt(BigFraction x, int digits, boolean upward) {
        if (x.signum() == 0) return BigDecimal.ZERO;
        MathContext mc = new MathContext(digits + 5, RoundingMode.HALF_EVEN);
        BigDecimal s = decimal(x, digits + 10, RoundingMode.HALF_EVEN).sqrt(mc);
        // a step of 10^-(digits + 2) relative to s's leading digit (s.ulp() is 0.1 for an exact
        // 0.5)
        BigDecimal ulp = BigDecimal.ONE.scaleByPowerOfTen(s.precision() - s.scale() - digits - 3);
        while (true) {
            BigDecimal candidate = upward ? s.add(ulp) : s.subtract(ulp).max(BigDecimal.ZERO);
            int side = fraction(candidate.multiply(candidate)).compareTo(x);
            if (upward ? side >= 0 : side <= 0) return candidate;
            ulp = ulp.multiply(BigDecimal.TEN);
        }
    }

    private static BigFraction fraction(BigDecimal d) {
        BigInteger unscaled = d.unscaledValue();
        return d.scale() >= 0
                ? new BigFraction(unscaled, BigInteger.TEN.pow(d.scale()))
                : new BigFraction(unscaled.multiply(BigInteger.TEN.pow(-d.scale())));
    }

    static BigDecimal decimal(BigFraction f, int digits, RoundingMode mode) {
        return new BigDecimal(f.getNumerator())
                .divide(new BigDecimal(f.getDenominator()), new MathContext(digits, mode));
    }
}
