package dev.occam.check;

/**
 * Receives progress of a long run; called at most a few times per second. Implementations must be
 * thread-safe.
 */
public interface Progress {
    /**
     * @param specId the spec
     * @param point sweep point index (0-based) and {@code points} their count
     * @param fraction of the current point's budget used, in [0, 1]
     */
    void update(String specId, int point, int points, double fraction);

    Progress NONE = (s, p, n, f) -> {};
}
