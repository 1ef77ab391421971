package dev.occam.result;

import dev.occam.certify.Evidence;

import java.math.BigDecimal;
import java.util.List;

/**
 * Each sweep point's limit beside the prediction and the reference solutions; {@code report} lays
 * it out as the table "Limit per sweep point".
 *
 * @param parameters the swept parameters' names, in the spec's order
 * @param points one row per point that ran
 * @param references the prediction and the reference solutions, in that order
 */
public record LimitTable(List<String> parameters, List<Point> points, List<Reference> references) {

    /**
     * @param number the point's number, from 1
     * @param values its parameters' values as the spec writes them
     * @param last the final iterate, or null when the run blew up
     * @param bound bound on ||w_T - w_inf||
     * @param distance the final iterate's distance to the prediction, or null without one
     */
    public record Point(
            int number,
            List<String> values,
            BigDecimal[] last,
            double bound,
            Evidence evidence,
            Double distance) {}

    /**
     * A named point to compare the limits with; {@code prediction} marks the prediction itself
     * (named by its kind).
     */
    public record Reference(String name, boolean prediction, BigDecimal[] value) {}
}
