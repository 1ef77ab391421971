package dev.occam.plan.kind;

import dev.occam.claim.Claim;
import dev.occam.claim.ConvergenceClaim;
import dev.occam.spec.Section;

import java.util.List;

/**
 * {@code converges} (the iterates have a limit) and {@code diverges} (||w_t|| -> infinity): one
 * class, two kinds.
 */
final class ConvergenceKind implements Kind<Claim> {
    private final boolean converges;

    ConvergenceKind(boolean converges) {
        this.converges = converges;
    }

    @Override
    public String name() {
        return converges ? "converges" : "diverges";
    }

    @Override
    public String summary() {
        return converges ? "The iterates have a limit." : "||w_t|| tends to infinity.";
    }

    @Override
    public List<Key> keys() {
        return List.of();
    }

    @Override
    public Claim build(Section s, PointContext b) {
        return new ConvergenceClaim(converges);
    }
}
