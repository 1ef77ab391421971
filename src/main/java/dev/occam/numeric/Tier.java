package dev.occam.numeric;

import java.math.BigDecimal;

/**
 * One precision tier: how a run stores and combines numbers. Chosen from {@code run.precision}
 * (decimal digits): up to 16 double, 17 to 32 double-double, 33 to 62 quad-double, above that
 * arbitrary precision. Vectors and matrices of a tier only combine with those of the same tier.
 */
public interface Tier {

    /** Decimal digits this tier carries (16, 32, 62, or the requested count). */
    int digits();

    /** "double", "double-double", "quad-double" or "arbitrary(N)". */
    String name();

    /** Smallest relative error the tier can resolve, about 10^-digits. */
    double epsilon();

    Vec zeros(int n);

    Vec of(Value[] values);

    Vec of(double[] values);

    Vec of(BigDecimal[] values);

    Mat matrix(Value[][] rows);

    Mat matrix(double[][] rows);

    Scalar scalar(double x);

    Scalar scalar(Value x);

    /** Scratch arguments for evaluating {@link PointFunction}s of n variables in this tier. */
    Arguments arguments(int n);

    /** The tier for a requested number of decimal digits. */
    static Tier forDigits(int digits) {
        return Tiers.forDigits(digits);
    }
}
