package dev.occam.certify;

/**
 * A bound on ||w_T - w_inf||, how far the run can still move after its last iterate, with how it is
 * known: {@link Evidence#PROVED_BOUND} when it rests only on what is proved about the run's future
 * (see {@link TailBounds}), {@link Evidence#ESTIMATE} when it extrapolates what the run showed. An
 * infinite bound means nothing is known; {@code premises} then says why.
 */
public record TailBound(double bound, Evidence evidence, String premises) {
    public static TailBound none(String why) {
        return new TailBound(Double.POSITIVE_INFINITY, Evidence.NONE, why);
    }

    public boolean finite() {
        return Double.isFinite(bound);
    }

    /**
     * This bound plus an error it does not see (e.g. an ODE integrator's), which is only estimated.
     */
    public TailBound plusEstimated(double extra, String what) {
        if (!(extra > 0)) return this;
        return new TailBound(
                bound + extra, evidence.and(Evidence.ESTIMATE), premises + "; + " + what);
    }
}
