package dev.occam.numeric;

import org.hipparchus.fraction.BigFraction;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * A real number as a spec gives it: exact when rational ("1/3", "0.01", "1e-40"), otherwise a
 * decimal carried to {@link #DIGITS} significant digits ("Sqrt(2)").
 *
 * @param rational the exact value, or null when the number is irrational
 * @param decimal the value to {@link #DIGITS} digits (exact for terminating rationals)
 * @param text how the user wrote it, for messages and reports
 */
public record Value(BigFraction rational, BigDecimal decimal, String text) {

    /**
     * Digits kept for irrational inputs: more than any tier uses, so conversion never limits a run.
     */
    public static final int DIGITS = 120;

    public static final MathContext CONTEXT = new MathContext(DIGITS);

    public static Value of(BigFraction q, String text) {
        // DIGITS significant digits (bigDecimalValue(scale, ...) would count decimal places and
        // turn 1e-130 into 0)
        return new Value(
                q,
                new BigDecimal(q.getNumerator())
                        .divide(new BigDecimal(q.getDenominator()), CONTEXT),
                text);
    }

    /**
     * A double's exact binary value, written as Double.toString writes it. The decimal is the
     * double's own (exact, then rounded to DIGITS), not divided out of the fraction; both zeros are
     * 0 (BigFraction(0.0) does not equal BigFraction.ZERO).
     */
    public static Value exact(double d) {
        if (d == 0) return of(0);
        return new Value(new BigFraction(d), new BigDecimal(d).round(CONTEXT), Double.toString(d));
    }

    public static Value of(long n) {
        return of(new BigFraction(n), Long.toString(n));
    }

    /** q written as Symja reads it: "p" or "p/q". */
    public static String text(BigFraction q) {
        return q.getDenominator().equals(BigInteger.ONE)
                ? q.getNumerator().toString()
                : q.getNumerator() + "/" + q.getDenominator();
    }

    /** A Symja list of exact entries: "{47/166,-1/3,1}". */
    public static String text(BigFraction[] v) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < v.length; i++) sb.append(i == 0 ? "" : ",").append(text(v[i]));
        return sb.append('}').toString();
    }

    public static Value irrational(BigDecimal d, String text) {
        return new Value(null, d.round(CONTEXT), text);
    }

    public boolean isRational() {
        return rational != null;
    }

    public double doubleValue() {
        return decimal.doubleValue();
    }

    /**
     * -this, exact when this is. The decimal is negated, not recomputed: the same digits without a
     * 120-digit division (classification negates every entry of X on each use of the data).
     */
    public Value negate() {
        return new Value(
                isRational() ? rational.negate() : null, decimal.negate(), "-(" + text + ")");
    }

    /** this * other, exact when both are. */
    public Value times(Value other) {
        String product = "(" + text + ")*(" + other.text + ")";
        if (isRational() && other.isRational())
            return of(rational.multiply(other.rational), product);
        return irrational(decimal.multiply(other.decimal, CONTEXT), product);
    }
}
