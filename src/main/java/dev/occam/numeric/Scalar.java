package dev.occam.numeric;

import java.math.BigDecimal;

/** An immutable number of one tier. Used for the few scalars per iteration, never per element. */
public interface Scalar {
    Tier tier();

    double doubleValue();

    /** The full-precision value. */
    BigDecimal decimal();

    Scalar add(Scalar o);

    Scalar subtract(Scalar o);

    Scalar multiply(Scalar o);

    Scalar divide(Scalar o);

    Scalar multiply(double o);

    Scalar negate();

    Scalar sqrt();

    Scalar exp();

    Scalar log();

    /** this^p for a real exponent (this > 0, or p an integer). */
    Scalar pow(double p);

    /** this^p for an exponent carried in the tier's precision. */
    Scalar pow(Scalar p);

    int signum();
}
