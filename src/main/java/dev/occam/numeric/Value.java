package dev.occam.numeric;

import org.hipparchus.fraction.BigFraction;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Objects;

/**
 * A real number as a spec gives it: exact when rational ("1/3", "0.01", "1e-40"), otherwise a
 * decimal carried to {@link #DIGITS} significant digits ("Sqrt(2)").
 *
 * <p>A value read from a floating-point data file is its double's exact binary value, but its
 * fraction, decimal and text are made only when asked: a 1000 x 10000 .npy matrix is 10^7 values,
 * and most of them are only ever used as doubles by a run (see {@link #exact(double)}). Equality
 * and hashing are those of the three components, as for a record.
 */
public final class Value {
    /**
     * Digits kept for irrational inputs: more than any tier uses, so conversion never limits a run.
     */
    public static final int DIGITS = 120;

    public static final MathContext CONTEXT = new MathContext(DIGITS);

    /** The double this value is exactly, for a value made by {@link #exact(double)}; else NaN. */
    private final double binary;

    // Made on first use for a binary value; a race computes equal objects twice, which is harmless.
    private BigFraction rational;
    private BigDecimal decimal;
    private String text;

    /**
     * @param rational the exact value, or null when the number is irrational
     * @param decimal the value to {@link #DIGITS} digits (exact for terminating rationals)
     * @param text how the user wrote it, for messages and reports
     */
    public Value(BigFraction rational, BigDecimal decimal, String text) {
        this.binary = Double.NaN;
        this.rational = rational;
        this.decimal = decimal;
        this.text = text;
    }

    private Value(double binary) {
        this.binary = binary;
    }

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
     * A double's exact binary value, written as {@link #text()} says. The fraction, the decimal
     * (the double's own, exact, then rounded to DIGITS) and the text are made on first use; both
     * zeros are 0 (BigFraction(0.0) does not equal BigFraction.ZERO).
     */
    public static Value exact(double d) {
        if (d == 0) return of(0);
        if (!Double.isFinite(d)) throw new IllegalArgumentException("not a finite number: " + d);
        return new Value(d);
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

    /** The exact value, or null when the number is irrational. */
    public BigFraction rational() {
        if (rational == null && isBinary()) rational = new BigFraction(binary);
        return rational;
    }

    /** The value to {@link #DIGITS} digits (exact for terminating rationals). */
    public BigDecimal decimal() {
        if (decimal == null) decimal = new BigDecimal(binary).round(CONTEXT);
        return decimal;
    }

    /**
     * How the user wrote it, for messages and reports; a double as Double.toString writes it, but a
     * whole number up to 2^53 as an integer (an integer read from a data file is such a double).
     */
    public String text() {
        if (text == null)
            text =
                    binary == Math.rint(binary) && Math.abs(binary) <= 0x1p53
                            ? Long.toString((long) binary)
                            : Double.toString(binary);
        return text;
    }

    /**
     * Whether this is exactly a double ({@link #binary()}) without conversion, as every value read
     * from a floating-point data file is.
     */
    public boolean isBinary() {
        return !Double.isNaN(binary);
    }

    /** The double this value exactly is; only for {@link #isBinary()} values. */
    public double binary() {
        return binary;
    }

    public boolean isRational() {
        return isBinary() || rational != null;
    }

    public double doubleValue() {
        return isBinary() ? binary : decimal.doubleValue();
    }

    /**
     * -this, exact when this is. The decimal is negated, not recomputed: the same digits without a
     * 120-digit division (classification negates every entry of X on each use of the data).
     */
    public Value negate() {
        if (isBinary()) return new Value(-binary);
        return new Value(
                isRational() ? rational.negate() : null, decimal.negate(), "-(" + text + ")");
    }

    /** this * other, exact when both are. */
    public Value times(Value other) {
        String product = "(" + text() + ")*(" + other.text() + ")";
        if (isRational() && other.isRational())
            return of(rational().multiply(other.rational()), product);
        return irrational(decimal().multiply(other.decimal(), CONTEXT), product);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Value v)) return false;
        if (isBinary() && v.isBinary()) return binary == v.binary;
        return Objects.equals(rational(), v.rational())
                && decimal().equals(v.decimal())
                && text().equals(v.text());
    }

    @Override
    public int hashCode() {
        return Objects.hash(rational(), decimal(), text());
    }

    @Override
    public String toString() {
        return "Value[rational=" + rational() + ", decimal=" + decimal() + ", text=" + text() + "]";
    }
}
