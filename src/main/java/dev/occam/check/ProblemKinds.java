package dev.occam.check;

import dev.occam.numeric.Value;
import dev.occam.problem.LeastSquares;
import dev.occam.problem.Problem;
import dev.occam.spec.Section;

/** Builders of problem kinds. */
final class ProblemKinds {
    private ProblemKinds() {
    }

    static Problem leastSquares(Section s, Build b) {
        Value[][] x = s.matrix("X");
        Value[] y = s.vector("y", x.length);
        if (x[0].length <= x.length) {
            throw s.error("X", "expected more columns than rows (an underdetermined system with many interpolants), got "
                    + x.length + "x" + x[0].length);
        }
        return new LeastSquares(x, y);
    }
}
