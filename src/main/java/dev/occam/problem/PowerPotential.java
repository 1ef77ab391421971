package dev.occam.problem;

import dev.occam.numeric.LpNorm;
import dev.occam.numeric.Value;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;

/**
 * psi(u) = (1/p) sum |u_i|^p for 1 < p < inf: its Bregman projection from 0 is the minimum l_p-norm
 * point, so the l_p minimum-distance interpolant is a Bregman projection. grad psi(u) =
 * sign(u)|u|^(p-1), inverse sign(s)|s|^(q-1) with 1/p + 1/q = 1.
 */
public final class PowerPotential implements ConvexPotential {
    private final Dfp p;
    private final Dfp q;

    public PowerPotential(DfpField field, Value p) {
        this.p = DfpVectors.of(field, p);
        this.q = this.p.divide(this.p.subtract(field.getOne()));
    }

    @Override
    public String convexity() {
        return "(1/p) |u|^p has second derivative (p - 1) |u|^(p - 2) > 0 for u != 0 and 1 < p < infinity, and is strictly "
                + "increasing in |u|: strictly convex on R (by hand)";
    }

    @Override
    public Dfp value(Dfp[] w) {
        return LpNorm.powerSum(w, p).divide(p);
    }

    @Override
    public Dfp[] gradient(Dfp[] w) {
        return signedPower(w, p.subtract(p.getField().getOne()));
    }

    @Override
    public Dfp[] inverse(Dfp[] theta) {
        return signedPower(theta, q.subtract(q.getField().getOne()));
    }

    @Override
    public Dfp[][] inverseJacobian(Dfp[] theta) {
        Dfp one = q.getField().getOne();
        Dfp[][] j = new Dfp[theta.length][theta.length];
        for (int i = 0; i < theta.length; i++) {
            for (int k = 0; k < theta.length; k++) j[i][k] = one.getField().getZero();
            // d/ds sign(s)|s|^(q-1) = (q-1)|s|^(q-2); infinite at 0 when q < 2, so keep it finite
            // for Newton
            Dfp d =
                    theta[i].isZero() && q.lessThan(one.multiply(2))
                            ? one
                            : q.subtract(one)
                                    .multiply(LpNorm.absPow(theta[i], q.subtract(one.multiply(2))));
            j[i][i] = d;
        }
        return j;
    }

    private static Dfp[] signedPower(Dfp[] v, Dfp e) {
        Dfp[] out = new Dfp[v.length];
        for (int i = 0; i < v.length; i++)
            out[i] = DfpVectors.signum(v[i]).multiply(LpNorm.absPow(v[i], e));
        return out;
    }
}
