package dev.occam.spec;

import java.nio.file.Path;

/**
 * An invalid spec: where (file, line, column, key path) and what was expected. {@link #getMessage()}
 * is one line, "file:line:column: path: message", ready for a user.
 */
public final class SpecError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final Position position;
    private final String path;
    private final String problem;

    public SpecError(Path file, Position position, String path, String problem) {
        super(format(file, position, path, problem));
        this.file = file;
        this.position = position;
        this.path = path;
        this.problem = problem;
    }

    private static String format(Path file, Position p, String path, String problem) {
        String where = (file == null ? "<spec>" : file.toString()) + ":" + (p == null ? "1:1" : p.line() + ":" + p.column());
        return where + ": " + (path == null || path.isEmpty() ? "" : path + ": ") + problem;
    }

    public Path file() { return file; }

    public Position position() { return position; }

    /** Dotted key path, e.g. "algorithm.step" or "claims[1].tolerance". */
    public String path() { return path; }

    /** The message without the location. */
    public String problem() { return problem; }
}
