package dev.occam.plan.kind;

import dev.occam.spec.Section;

import java.util.List;

/**
 * One spec kind, declared in one place: its name, its keys and how a section of it is built. The
 * registry ({@link Kinds}) lists every kind once; the JSON Schema's kind branches and the key
 * tables of docs/spec-format.md are generated from these declarations, and {@link Kinds#build}
 * refuses a builder that reads a key it did not declare, so the three cannot drift apart.
 *
 * @param <T> what a section of this kind builds (a problem, a configured algorithm, a predictor, a
 *     claim)
 */
public interface Kind<T> {
    /** The value of {@code kind} in the spec. */
    String name();

    /** One sentence for the spec-format tables: what the kind is. */
    String summary();

    /** Every key besides {@code kind}, in the order the tables show them. */
    List<Key> keys();

    /**
     * JSON Schema constraints that relate this kind's keys to each other (e.g. "not both norm and
     * potential"), as the text of a JSON object whose members join the kind's branch; empty when
     * none.
     */
    default String constraints() {
        return "";
    }

    /** Builds the section; invalid input throws {@link dev.occam.spec.SpecError} at its key. */
    T build(Section section, PointContext context);
}
