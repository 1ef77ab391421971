package dev.occam.search.hypotheses;

import java.util.List;

/**
 * Recognises one kind of precondition among those a prediction declares (by the stable start of its
 * text, as {@code prediction/} writes it) and proposes spec edits just outside it.
 */
interface Breaker {
    /** The hypothesis in a few words, for the table. */
    String hypothesis();

    boolean recognises(String precondition);

    /**
     * Edits of the subject's spec that leave the precondition, nearest first.
     *
     * @throws NotExplored when this spec offers no such edit, with the reason
     */
    List<Breach> propose(Subject subject);

    /** No breach of the precondition can be proposed for this spec: why. */
    final class NotExplored extends RuntimeException {
        NotExplored(String reason) {
            super(reason);
        }
    }
}
