package dev.occam.numeric;

/** Factory of the three tiers. */
public final class Tiers {
    private Tiers() {
    }

    /** digits <= 16: double; 17..32: double-double; more: arbitrary precision with that many digits. */
    public static Tier forDigits(int digits) {
        throw new UnsupportedOperationException("TODO");
    }
}
