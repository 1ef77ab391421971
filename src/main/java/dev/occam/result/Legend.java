package dev.occam.result;

import dev.occam.certify.Evidence;

/**
 * What a series' legend says beyond its {@link Role}, as data; {@code report} writes the text. A
 * measured quantity, a data class, a separator line or a limit's reference point needs nothing more
 * than its role ({@link #ROLE}).
 */
public sealed interface Legend {
    /** Each kind of legend to R: how a writer handles every case without testing types. */
    interface Visitor<R> {
        R byRole(ByRole l);

        R logLaw(LogLaw l);

        R slopeThroughFinal(SlopeThroughFinal l);

        R inverseTime(InverseTime l);

        R inverseLogSquared(InverseLogSquared l);

        R run(Run l);

        R fit(Fit l);

        R bound(Bound l);

        R text(Text l);
    }

    <R> R accept(Visitor<R> visitor);

    /** The role names the series. */
    Legend ROLE = new ByRole();

    record ByRole() implements Legend {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.byRole(this);
        }
    }

    /** SHN+18's norm law slope log t + offset. */
    record LogLaw(double slope, double offset) implements Legend {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.logLaw(this);
        }
    }

    /**
     * The norm law's slope ||w_hat|| without a predicted offset, drawn through the final iterate.
     */
    record SlopeThroughFinal(double slope) implements Legend {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.slopeThroughFinal(this);
        }
    }

    /** SHN+18's loss law constant / t. */
    record InverseTime(double constant) implements Legend {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.inverseTime(this);
        }
    }

    /** SHN+18's direction-gap law constant / (log t + shift)^2. */
    record InverseLogSquared(double constant, double shift) implements Legend {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.inverseLogSquared(this);
        }
    }

    /** The run's separator after its iterations. */
    record Run(long iterations) implements Legend {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.run(this);
        }
    }

    /** A law fitted to the run, as the spec writes it. */
    record Fit(String law) implements Legend {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.fit(this);
        }
    }

    /** A bound with the evidence it rests on. */
    record Bound(Evidence evidence) implements Legend {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.bound(this);
        }
    }

    /** A legend given as text (hand-built results). */
    record Text(String text) implements Legend {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.text(this);
        }
    }
}
