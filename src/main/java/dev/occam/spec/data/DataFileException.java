package dev.occam.spec.data;

/**
 * A data file that cannot be used, with a message for the spec's author that names the file; the
 * spec loader adds the spec's file, line, column and key path.
 */
public final class DataFileException extends RuntimeException {
    public DataFileException(String message) {
        super(message);
    }
}
