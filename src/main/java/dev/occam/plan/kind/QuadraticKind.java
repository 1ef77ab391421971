package dev.occam.plan.kind;

import dev.occam.numeric.RationalLinearAlgebra;
import dev.occam.numeric.Value;
import dev.occam.problem.Problem;
import dev.occam.problem.Quadratic;
import dev.occam.spec.Section;

import java.util.List;

/**
 * {@code quadratic}: f(w) = 1/2 w^T A w + b^T w, the model of the stability threshold 2 /
 * lambda_max(A).
 */
final class QuadraticKind implements Kind<Problem> {
    @Override
    public String name() {
        return "quadratic";
    }

    @Override
    public String summary() {
        return "f(w) = 1/2 w^T A w + b^T w with A rational, symmetric and positive semidefinite (b in range(A) when A is "
                + "singular); the loss is the gap L(w) = f(w) - f(w*) = 1/2 (w - w*)^T A (w - w*) to an exact minimizer "
                + "(w* = -A^-1 b when A is definite; else a linear method from w0 tends to the minimizer nearest w0), "
                + "and grad L = A w + b.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.required(
                        "A",
                        ValueType.MATRIX,
                        "d x d, rational, symmetric, positive semidefinite (checked exactly)"),
                Key.required(
                        "b",
                        ValueType.VECTOR,
                        "rational, of length d; in range(A) when A is singular (checked exactly: else f is unbounded below)"));
    }

    @Override
    public Problem build(Section s, PointContext b) {
        Value[][] a = s.matrix("A");
        if (a.length != a[0].length)
            throw s.error("A", "expected a square matrix, got " + a.length + "x" + a[0].length);
        if (!RationalLinearAlgebra.isRational(a))
            throw s.error("A", "expected rational entries (the threshold is decided exactly)");
        Value[] v = s.vector("b", a.length);
        if (!RationalLinearAlgebra.isRational(new Value[][] {v}))
            throw s.error("b", "expected rational entries");
        try {
            return Quadratic.of(a, v);
        } catch (Quadratic.OffRange e) {
            throw s.error("b", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw s.error("A", e.getMessage());
        }
    }
}
