package dev.occam.algorithm;

/**
 * A user plug-in ({@link Optimizer}) misbehaved: it threw, returned a non-finite or wrong-length
 * iterate, or did not return in time. The message names the class and the iteration.
 */
public final class PluginException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Just the message: it is what the verdict shows. */
    @Override
    public String toString() {
        return getMessage();
    }
}
