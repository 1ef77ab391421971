package dev.occam.search.reproducer;

import dev.occam.numeric.Norm;

import org.hipparchus.fraction.BigFraction;

/**
 * The steepest direction argmin_v <g, v> + 1/2 ||v||^2 as occam's norms compute it
 * (dev.occam.numeric: L1Norm, L2Norm, LinfNorm, LpNorm), as {@code def direction<suffix>(g)}.
 */
final class SteepestDirection {
    private SteepestDirection() {}

    static String of(Norm norm, String s) {
        String name = norm.name();
        return switch (name) {
            case "l2" ->
                    """
                    def direction%s(g):
                        return -g
                    """
                            .formatted(s);
            case "l1" ->
                    """
                    # l1: greedy coordinate descent, the coordinate of largest |g_i| (lowest index on ties)
                    def direction%s(g):
                        i = int(np.argmax(np.abs(g)))
                        d = np.zeros_like(g)
                        d[i] = -g[i]
                        return d
                    """
                            .formatted(s);
            case "linf" ->
                    """
                    # linf: sign descent, -||g||_1 sign(g)
                    def direction%s(g):
                        return np.sign(g) * -np.sum(np.abs(g))
                    """
                            .formatted(s);
            default -> lp(name, s);
        };
    }

    /**
     * -||g||_q^(2-q) sign(g) |g|^(q-1), q = p/(p-1), in units of m = ||g||_inf as occam forms it: u
     * = |g|/m, -m ||u||_q^(2-q) sign(g) u^(q-1).
     */
    private static String lp(String name, String s) {
        if (!name.startsWith("lp:"))
            throw new NotReproducible(
                    "steepest descent in the "
                            + name
                            + " norm: the reproducer writes l1, l2, linf and lp:P");
        BigFraction p = Exponent.of(name.substring(3));
        BigFraction q = p.divide(p.subtract(1));
        return """
                # %2$s (1 < p < inf), dual exponent q = p/(p-1); formed in units of m = ||g||_inf as
                # occam does: -m ||u||_q^(2-q) sign(g) u^(q-1) with u = |g|/m
                q%1$s = %3$s
                q_minus_one%1$s = %4$s
                two_minus_q%1$s = %5$s
                inverse_q%1$s = %6$s


                def direction%1$s(g):
                    m = np.max(np.abs(g))
                    if m == 0:
                        return np.zeros_like(g)
                    u = np.abs(g) / m
                    unit_norm = np.sum(u ** q%1$s) ** inverse_q%1$s
                    return np.sign(g) * u ** q_minus_one%1$s * -(m * unit_norm ** two_minus_q%1$s)
                """
                .formatted(
                        s,
                        name,
                        Python.exact(q),
                        Python.exact(q.subtract(1)),
                        Python.exact(BigFraction.TWO.subtract(q)),
                        Python.exact(q.reciprocal()));
    }
}
