package dev.occam.claim;

import dev.occam.certify.Sharpness;
import dev.occam.numeric.Interval;

/**
 * A level a quantity is compared with: an enclosure of its exact value (a formula in eta such as
 * "(1 - 0.05)*2/eta" evaluated in interval arithmetic at the run's step), and the text the spec
 * gave.
 */
public record Level(Interval value, String text) {
    /** Whether the level lies below all of b: b is certifiably above it. */
    boolean isBelow(Sharpness.Bound b) {
        return b.lo() > value.hi();
    }

    /** Whether the level lies above all of b (its upper end certified): b is certifiably below. */
    boolean isAbove(Sharpness.Bound b) {
        return b.upperCertified() && b.hi() < value.lo();
    }

    double mid() {
        return value.lo() + (value.hi() - value.lo()) / 2;
    }
}
