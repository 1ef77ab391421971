package dev.occam.result;

/**
 * Which spec a result is about and what it states, as the spec file has it: the part of a {@link
 * SpecResult} that does not depend on the check.
 *
 * @param file the spec file's path, or null for a spec not read from a file
 * @param expect the spec's expectation ("holds", "fails")
 * @param family the spec's problem.kind (least-squares, classification, ...)
 */
public record SpecIdentity(
        String id,
        String file,
        String title,
        String source,
        String statement,
        String expect,
        String family) {}
