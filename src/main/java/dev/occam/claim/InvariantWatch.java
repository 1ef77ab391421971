package dev.occam.claim;

import dev.occam.algorithm.IterationWatch;
import dev.occam.algorithm.Stepper;
import dev.occam.numeric.Vec;

/**
 * Checks an invariant at every iterate (a sign flip between two log-spaced samples would go
 * unseen): the quantity keeps a sign, or stays within a tolerance of its start. Each value is
 * judged with the quantity's rounding slack there: a sign inside the slack cannot be resolved, and
 * a drift counts only beyond tolerance plus slack. Stops at the first violation, which it keeps as
 * the counterexample.
 */
final class InvariantWatch implements IterationWatch {
    /** What the quantity must do. */
    enum Rule {
        POSITIVE,
        NEGATIVE,
        NONZERO,
        CONSERVED
    }

    private final Quantities.Quantity quantity;
    private final Rule rule;
    private final double tolerance;

    private double start = Double.NaN;
    private long observed;
    private double worst; // largest drift (CONSERVED) or smallest |value| / slack seen
    private long worstT = -1;
    private long unresolvedT = -1;
    private double unresolved;
    private double unresolvedSlack;
    private long violationT = -1;
    private double violation;
    private double violationSlack;

    /** The largest drift plus its rounding slack (conserved): what the exact drift may reach. */
    private double worstUpper;

    InvariantWatch(Quantities.Quantity quantity, Rule rule, double tolerance) {
        this.quantity = quantity;
        this.rule = rule;
        this.tolerance = tolerance;
    }

    @Override
    public void observe(long t, double time, Vec w, Stepper stepper) {
        if (violationT >= 0) return;
        double v = quantity.at(w, time, stepper);
        if (!Double.isFinite(v)) return;
        double slack = quantity.slack(w, time, v);
        observed++;
        if (rule == Rule.CONSERVED) {
            if (Double.isNaN(start)) start = v;
            double drift = Math.abs(v - start);
            if (drift > worst || worstT < 0) {
                worst = drift;
                worstT = t;
            }
            worstUpper = Math.max(worstUpper, drift + slack);
            if (drift > tolerance + slack) violation(t, v, slack);
            return;
        }
        double signed = rule == Rule.NEGATIVE ? -v : rule == Rule.NONZERO ? Math.abs(v) : v;
        if (signed < -slack) violation(t, v, slack);
        else if (signed <= slack) {
            if (unresolvedT < 0) {
                unresolvedT = t;
                unresolved = v;
                unresolvedSlack = slack;
            }
        } else if (worstT < 0 || Math.abs(v) < worst) {
            worst = Math.abs(v);
            worstT = t;
        }
    }

    private void violation(long t, double v, double slack) {
        violationT = t;
        violation = v;
        violationSlack = slack;
    }

    long observed() {
        return observed;
    }

    /** The largest drift plus rounding slack over the iterates (conserved rule). */
    double worstUpper() {
        return worstUpper;
    }

    long violationT() {
        return violationT;
    }

    double violation() {
        return violation;
    }

    double violationSlack() {
        return violationSlack;
    }

    /** The first iterate whose sign lay within the rounding slack, or -1. */
    long unresolvedT() {
        return unresolvedT;
    }

    double unresolved() {
        return unresolved;
    }

    double unresolvedSlack() {
        return unresolvedSlack;
    }

    /** The largest drift from the start (conserved), or the smallest |value| (sign rules). */
    double worst() {
        return worst;
    }

    long worstT() {
        return worstT;
    }
}
