package dev.occam.spec;

import dev.occam.numeric.Value;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Reads spec files (YAML, one spec per file, file name = id + ".yaml") into {@link Spec}s.
 * Top-level keys: id, title, source, statement, expect, problem, algorithm, prediction, claims,
 * sweep, run. Errors are {@link SpecError}s with exact positions.
 */
public final class SpecLoader {

    /**
     * @param numbers turns exact strings that are not plain rationals ("Sqrt(2)") into values;
     *                it throws IllegalArgumentException with a message for anything else
     */
    public SpecLoader(Function<String, Value> numbers) {
        throw new UnsupportedOperationException("TODO");
    }

    public Spec load(Path file) {
        throw new UnsupportedOperationException("TODO");
    }

    public Spec load(Path file, String yamlText) {
        throw new UnsupportedOperationException("TODO");
    }
}
