package dev.occam.spec;

import dev.occam.numeric.Value;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A YAML mapping of a spec (e.g. {@code problem}, {@code algorithm}, one claim) read through typed
 * getters that know where every value stands in the file. Each getter marks its key as read; {@link
 * #finish()} then rejects every key nobody read, so each kind declares its keys simply by reading
 * them, and unknown keys are errors without a central list.
 *
 * <p>All getters throw {@link SpecError} naming file, line, column and key path.
 */
public interface Section {

    /** Dotted path of this mapping in the spec, e.g. "algorithm" or "claims[0]". */
    String path();

    Position position();

    SpecError error(String key, String problem);

    /** An error at this section's own position. */
    SpecError error(String problem);

    boolean has(String key);

    Set<String> keys();

    /** The keys getters asked for so far, present or not. */
    Set<String> read();

    String string(String key);

    Optional<String> optionalString(String key);

    /** A string that must be one of {@code allowed}; the error lists them. */
    String choice(String key, List<String> allowed);

    Optional<String> optionalChoice(String key, List<String> allowed);

    /** A number: YAML number or exact string ("1/3", "1e-40", "Sqrt(2)"). */
    Value number(String key);

    Optional<Value> optionalNumber(String key);

    /**
     * A number that must satisfy {@code test}; {@code expected} words the domain, e.g. "a number in
     * (0, 1)".
     */
    Value number(String key, Predicate<Value> test, String expected);

    long integer(String key);

    Optional<Long> optionalInteger(String key);

    boolean bool(String key);

    Optional<Boolean> optionalBool(String key);

    /**
     * A vector: inline list of numbers, "zeros" (needs {@code length}), {random: gaussian|uniform,
     * scale, seed} or {file: y.npy | y.csv | set.npz, key, shape}.
     */
    Value[] vector(String key, int length);

    /** A vector of unknown length: inline, {random: ..., shape: [n]} or {file: ...}. */
    Value[] vector(String key);

    /**
     * A matrix: inline list of equal-length rows, {random: gaussian|uniform, shape: [r, c], seed,
     * scale}, or {file: X.npy | X.csv | set.npz, key, shape}.
     */
    Value[][] matrix(String key);

    /**
     * A value that is either a number or a formula string, e.g. {@code step: 0.01} or {@code step:
     * "0.5/Sqrt(t+1)"}; an exact string that parses as a number counts as a number.
     */
    NumberOrFormula numberOrFormula(String key);

    Section section(String key);

    Optional<Section> optionalSection(String key);

    /**
     * True when the value at key is a mapping (for keys that take either a scalar or a mapping).
     */
    boolean isSection(String key);

    /** Reports every key not read by a getter as "unknown key 'x' (expected one of: ...)". */
    void finish();

    /** A number or the text of a formula, with where it stands. */
    record NumberOrFormula(Value number, String formula, Position position, String path) {
        public boolean isNumber() {
            return number != null;
        }
    }
}
