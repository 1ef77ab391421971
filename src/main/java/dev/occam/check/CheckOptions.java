package dev.occam.check;

/**
 * How to check: a precision override (null = each spec's own {@code run.precision}).
 */
public record CheckOptions(Integer precisionOverride) {
    public static CheckOptions defaults() {
        return new CheckOptions(null);
    }
}
