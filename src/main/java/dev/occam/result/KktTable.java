package dev.occam.result;

import java.util.List;

/**
 * The KKT certificate of a run's last direction (claim kkt), as numbers; report.KktTables lays it
 * out.
 *
 * @param order the homogeneity order L
 * @param support the SVM support, 0-based point indices
 * @param multipliers lambda_n for every point (0 off the support)
 * @param stationarity a proved upper bound on ||theta_bar - sum lambda_n grad q_n|| / ||theta_bar||
 * @param slackness a proved upper bound on L sum lambda_n (q_n - 1) / ||theta_bar||^2
 * @param licqRank the numerical rank of the support's margin gradients
 * @param singularValues their singular values, descending
 */
public record KktTable(
        int order,
        List<Integer> support,
        double[] multipliers,
        double stationarity,
        double slackness,
        int licqRank,
        double[] singularValues) {}
