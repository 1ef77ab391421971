package dev.occam.search.hypotheses;

import dev.occam.problem.SquaredResiduals;

import org.hipparchus.fraction.BigFraction;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Linearly independent rows of X (least squares): a row x_0 + x_1 added, once with the consistent
 * target y_0 + y_1 (the interpolants are the same set, only X X^T turns singular) and once with y_0
 * + y_1 + 1 (no interpolant left: gradient descent tends to a least-squares point instead).
 */
final class RowIndependenceBreaker implements Breaker {
    @Override
    public String hypothesis() {
        return "rows of X independent";
    }

    @Override
    public boolean recognises(String precondition) {
        return precondition.startsWith("rows of X linearly independent");
    }

    @Override
    public List<Breach> propose(Subject s) {
        SquaredResiduals ls = s.point().problem().squaredResiduals();
        if (ls == null || !s.point().problem().kind().equals("least-squares")) {
            throw new NotExplored(
                    "X and y are least squares' only: the problem is "
                            + s.point().problem().kind());
        }
        BigFraction[][] x = Subject.exact(ls.x(), "problem.X");
        BigFraction[] y = Subject.exact(new dev.occam.numeric.Value[][] {ls.y()}, "problem.y")[0];
        if (x.length < 2) throw new NotExplored("a single row: no two rows to add up");
        BigFraction[][] rows = Arrays.copyOf(x, x.length + 1);
        rows[x.length] = new BigFraction[x[0].length];
        for (int j = 0; j < x[0].length; j++) rows[x.length][j] = x[0][j].add(x[1][j]);
        BigFraction sum = y[0].add(y[1]);
        String change = "row " + x.length + " = x_0 + x_1 added, target ";
        return List.of(
                breach(
                        change + "y_0 + y_1",
                        rows,
                        y,
                        sum,
                        "X X^T singular (rank "
                                + x.length
                                + " of "
                                + (x.length + 1)
                                + " rows); Xw = y still consistent, the same interpolants"),
                breach(
                        change + "y_0 + y_1 + 1",
                        rows,
                        y,
                        sum.add(BigFraction.ONE),
                        "X X^T singular and Xw = y inconsistent by 1 in the new row: no"
                                + " interpolant"));
    }

    private static Breach breach(
            String change,
            BigFraction[][] rows,
            BigFraction[] y,
            BigFraction target,
            String distance) {
        BigFraction[] targets = Arrays.copyOf(y, y.length + 1);
        targets[y.length] = target;
        Map<String, String> edits = new LinkedHashMap<>();
        edits.put("problem.X", Subject.matrix(rows));
        edits.put("problem.y", Subject.vector(targets));
        return new Breach(change, distance, edits);
    }
}
