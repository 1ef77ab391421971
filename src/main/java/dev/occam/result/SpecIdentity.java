package dev.occam.result;

import java.util.List;

/**
 * Which spec a result is about and what it states, as the spec file has it: the part of a {@link
 * SpecResult} that does not depend on the check.
 *
 * @param file the spec file's path, or null for a spec not read from a file
 * @param expect the spec's expectation ("holds", "fails")
 * @param family the spec's problem.kind (least-squares, classification, ...)
 * @param data the data files the spec's matrices and vectors came from; empty when none
 */
public record SpecIdentity(
        String id,
        String file,
        String title,
        String source,
        String statement,
        String expect,
        String family,
        List<DataSource> data) {

    public SpecIdentity {
        data = data == null ? List.of() : List.copyOf(data);
    }
}
