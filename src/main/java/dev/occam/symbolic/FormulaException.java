package dev.occam.symbolic;

/**
 * A formula that cannot be used: syntax, refused built-in, unknown symbol, time limit, or no
 * result.
 */
public final class FormulaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FormulaException(String message) {
        super(message);
    }

    public FormulaException(String message, Throwable cause) {
        super(message, cause);
    }
}
