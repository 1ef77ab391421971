package dev.occam.check;

/**
 * {@code converges}: the run has a limit, certified by a finite tail bound (or by reaching the
 * rounding floor). {@code diverges}: the iterates blew up. A run cut by its budget without either
 * is INCONCLUSIVE.
 */
record ConvergenceClaim(boolean converges) implements Claim {
    @Override
    public String kind() {
        return converges ? "converges" : "diverges";
    }

    @Override
    public ClaimResult evaluate(PointRun run, PointRun reference) {
        String stopped = run.trajectory().stopped();
        boolean diverged = run.trajectory().diverged();
        boolean limit = !diverged && (stopped.equals("converged") || run.tail().finite());
        Verdict v;
        if (diverged) v = converges ? Verdict.FAILS : Verdict.HOLDS;
        else if (limit) v = converges ? Verdict.HOLDS : Verdict.FAILS;
        else v = Verdict.INCONCLUSIVE;
        String msg = diverged ? "the iterates blew up after " + run.trajectory().iterations() + " iterations"
                : limit ? "the run " + (stopped.equals("converged") ? "reached the rounding floor" : "contracts") + " after "
                + run.trajectory().iterations() + " iterations: " + run.tail().method()
                : "neither converged nor diverged within the budget (" + run.trajectory().iterations() + " iterations)";
        return new ClaimResult(kind(), v, stopped, converges ? "converged" : "diverged", null,
                diverged ? null : Numbers.sci(run.limitBound()), null, diverged ? "non-finite or > 1e150 iterate" : run.limitMethod(), msg);
    }
}
