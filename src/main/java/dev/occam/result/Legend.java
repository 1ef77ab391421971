package dev.occam.result;

import dev.occam.certify.Evidence;

/**
 * What a series' legend says beyond its {@link Role}, as data; {@code report} writes the text. A
 * measured quantity, a data class, a separator line or a limit's reference point needs nothing
 * more than its role ({@link #ROLE}).
 */
public sealed interface Legend {
    /** The role names the series. */
    Legend ROLE = new ByRole();

    record ByRole() implements Legend {
    }

    /** SHN+18's norm law slope log t + offset. */
    record LogLaw(double slope, double offset) implements Legend {
    }

    /** The norm law's slope ||w_hat|| without a predicted offset, drawn through the final iterate. */
    record SlopeThroughFinal(double slope) implements Legend {
    }

    /** SHN+18's loss law constant / t. */
    record InverseTime(double constant) implements Legend {
    }

    /** SHN+18's direction-gap law constant / (log t + shift)^2. */
    record InverseLogSquared(double constant, double shift) implements Legend {
    }

    /** The run's separator after its iterations. */
    record Run(long iterations) implements Legend {
    }

    /** A law fitted to the run, as the spec writes it. */
    record Fit(String law) implements Legend {
    }

    /** A bound with the evidence it rests on. */
    record Bound(Evidence evidence) implements Legend {
    }

    /** A legend given as text (hand-built results). */
    record Text(String text) implements Legend {
    }
}
