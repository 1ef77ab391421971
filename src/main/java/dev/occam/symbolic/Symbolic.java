package dev.occam.symbolic;

import dev.occam.numeric.Value;
import java.time.Duration;
import java.util.List;

/**
 * The only door to Symja. One engine per process (cold start is seconds); every evaluation is
 * sandboxed (allow-list of built-ins, size limits) and bounded in time on a worker thread with a
 * large stack. Assignments are refused, so nothing a spec evaluates can leak into the next spec.
 * Thread-safe: evaluations are serialized.
 */
public final class Symbolic {

    /** The process-wide engine, created on first use. */
    public static Symbolic get() {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Parses a formula in the given free variables (e.g. ["x"], ["t"], ["t", "c", "r"]).
     * Unknown symbols, refused built-ins and syntax errors throw {@link FormulaException}.
     */
    public Formula parse(String text, List<String> variables, Duration timeLimit) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Evaluates a constant expression ("1/3", "Sqrt(2)", "1e-40", "2^(1/3)") to an exact rational
     * when it is one, otherwise to {@link Value#DIGITS} digits.
     */
    public Value number(String text, Duration timeLimit) {
        throw new UnsupportedOperationException("TODO");
    }
}
