package dev.occam.result;

import java.util.List;
import java.util.Map;

/** A measured or predicted value of a claim, as what it is; {@code report} writes it as text. */
public sealed interface Figure {
    /** Each kind of figure to R: how a writer handles every case without testing types. */
    interface Visitor<R> {
        R scalar(Scalar s);

        R word(Word w);

        R digits(Digits d);

        R fitted(Fitted f);

        R constants(Constants c);
    }

    <R> R accept(Visitor<R> visitor);

    /** A scalar: a quantity's value, a gap, a residual. */
    record Scalar(double value) implements Figure {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.scalar(this);
        }
    }

    /**
     * A word for an outcome: how a run stopped ("converged"), what a theorem says ("converges").
     */
    record Word(String text) implements Figure {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.word(this);
        }
    }

    /**
     * A vector to more digits than double holds, as decimal strings ("NaN" / "Infinity" entries
     * after a blow-up).
     */
    record Digits(List<String> entries) implements Figure {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.digits(this);
        }
    }

    /** The constants of a law fitted to a run, each with its standard error. */
    record Fitted(Map<String, Estimate> constants) implements Figure {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.fitted(this);
        }
    }

    /** The constants theory predicts for a law. */
    record Constants(Map<String, Double> constants) implements Figure {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.constants(this);
        }
    }

    /** A fitted constant and its standard error. */
    record Estimate(double value, double sigma) {}

    /** The scalar, or null when there is none. */
    static Figure scalar(Double value) {
        return value == null ? null : new Scalar(value);
    }

    /** The vector, or null when there is none. */
    static Figure digits(List<String> entries) {
        return entries == null ? null : new Digits(entries);
    }
}
