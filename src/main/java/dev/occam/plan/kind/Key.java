package dev.occam.plan.kind;

/**
 * A key of a kind: its name, whether the spec must give it, what it takes, its default in words
 * (empty when required or when absence means "none"), and one sentence of documentation.
 */
public record Key(String name, boolean required, ValueType type, String defaultValue, String doc) {

    public static Key required(String name, ValueType type, String doc) {
        return new Key(name, true, type, "", doc);
    }

    public static Key optional(String name, ValueType type, String defaultValue, String doc) {
        return new Key(name, false, type, defaultValue, doc);
    }
}
