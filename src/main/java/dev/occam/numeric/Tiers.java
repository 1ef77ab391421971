package dev.occam.numeric;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Factory of the three tiers. */
public final class Tiers {
    private static final ConcurrentMap<Integer, Tier> ARBITRARY = new ConcurrentHashMap<>();

    private Tiers() {}

    /**
     * digits <= 16: double; 17..32: double-double; more: arbitrary precision with that many digits.
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
        return ARBITRARY.computeIfAbsent(digits, DfpTier::new);
    }
}
