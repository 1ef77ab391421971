package dev.occam.search;

/** A search that cannot go on, with a message for the user (no stack trace). */
public final class SearchException extends RuntimeException {
    public SearchException(String message) {
        super(message);
    }
}
