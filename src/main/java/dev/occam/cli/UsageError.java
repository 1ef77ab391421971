package dev.occam.cli;

/**
 * A command line that cannot be carried out (missing path, unknown --only id, ...): exit code 2.
 */
final class UsageError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
        super(message);
    }
}
