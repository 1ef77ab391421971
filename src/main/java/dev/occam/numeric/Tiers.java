package dev.occam.numeric;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Factory of the four tiers. */
public final class Tiers {
    private static final ConcurrentMap<Integer, Tier> ARBITRARY = new ConcurrentHashMap<>();

    private Tiers() {}

    /**
     * digits <= 16: double; 17..32: double-double; 33..62: quad-double; more: arbitrary precision
     * with that many digits.
     */
    public static Tier forDigits(int digits) {
        if (digits <= 0) {
            throw new IllegalArgumentException(
                    "precision must be a positive number of digits, got " + digits);
        }
        if (digits <= DoubleTier.DIGITS) {
            return DoubleTier.INSTANCE;
        }
        if (digits <= DDTier.DIGITS) {
            return DDTier.INSTANCE;
        }
        if (digits <= QDTier.DIGITS) {
            return QDTier.INSTANCE;
        }
        return arbitrary(digits);
    }

    /** Arbitrary precision (Dfp) with exactly this many digits, whatever their count. */
    public static Tier arbitrary(int digits) {
        if (digits <= 0) {
            throw new IllegalArgumentException(
                    "precision must be a positive number of digits, got " + digits);
        }
        return ARBITRARY.computeIfAbsent(digits, DfpTier::new);
    }

    /**
     * Whether the tier's numbers are built of doubles (double, double-double, quad-double) and so
     * overflow near 1.8e308: a blow-up there may be the format's, not the method's. Dfp's exponent
     * reaches 10^131072.
     */
    public static boolean hasDoubleRange(Tier tier) {
        return !(tier instanceof DfpTier);
    }
}
