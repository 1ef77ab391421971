package dev.occam.spec;

import java.nio.file.Path;

/**
 * An invalid spec: where (file, line, column, key path) and what was expected. {@link
 * #getMessage()} is one line, "file:line:column: path: message", ready for a user.
 */
public final class SpecError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final Position position;
    private final String path;
    private final String problem;

    public SpecError(Path file, Position position, String path, String problem) {
        super(format(file, position, path == null ? null : oneLine(path), oneLine(problem)));
        this.file = file;
        this.position = position;
        this.path = path == null ? null : oneLine(path);
        this.problem = oneLine(problem);
    }

    private static String format(Path file, Position p, String path, String problem) {
        String where =
                (file == null ? "<spec>" : file.toString())
                        + ":"
                        + (p == null ? "1:1" : p.line() + ":" + p.column());
        return where + ": " + (path == null || path.isEmpty() ? "" : path + ": ") + problem;
    }

    /**
     * Keys and values quoted from the file may hold line breaks of any kind (\r, U+2028, U+0085)
     * and other control characters, which would split the one line or drive the terminal: they are
     * written as escapes.
     */
    static String oneLine(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints()
                .forEach(
                        c -> {
                            if (c == '\t'
                                    || !Character.isISOControl(c)
                                            && Character.getType(c) != Character.LINE_SEPARATOR
                                            && Character.getType(c)
                                                    != Character.PARAGRAPH_SEPARATOR) {
                                b.appendCodePoint(c);
                            } else {
                                b.append(String.format("\\u%04X", c));
                            }
                        });
        return b.toString();
    }

    public Path file() {
        return file;
    }

    public Position position() {
        return position;
    }

    /** Dotted key path, e.g. "algorithm.step" or "claims[1].tolerance". */
    public String path() {
        return path;
    }

    /** The message without the location. */
    public String problem() {
        return problem;
    }
}
