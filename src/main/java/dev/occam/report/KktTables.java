package dev.occam.report;

import dev.occam.certify.Numbers;
import dev.occam.result.ClaimResult;
import dev.occam.result.KktTable;
import dev.occam.result.PointResult;
import dev.occam.result.SpecResult;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The KKT certificate of each point's last direction (claim kkt): the multipliers on the support,
 * the proved bounds on stationarity and complementary slackness, and LICQ.
 */
public final class KktTables {
    private KktTables() {}

    public static List<Table> of(SpecResult r) {
        List<Table> out = new ArrayList<>();
        List<PointResult> points = r.points() == null ? List.of() : r.points();
        for (int k = 0; k < points.size(); k++) {
            for (ClaimResult c : points.get(k).claims()) {
                if (c.kkt() == null) continue;
                String title =
                        "KKT certificate of the last direction"
                                + (points.size() > 1 ? " (point " + (k + 1) + ")" : "");
                out.add(new Table(title, List.of("check", "value"), rows(c.kkt())));
            }
        }
        return out;
    }

    static List<List<String>> rows(KktTable t) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("homogeneity order L", String.valueOf(t.order())));
        StringJoiner support = new StringJoiner(", ", "{", "}");
        StringJoiner lambda = new StringJoiner(", ");
        for (int n : t.support()) {
            support.add(String.valueOf(n + 1));
            lambda.add("lambda_" + (n + 1) + " = " + Numbers.sci(t.multipliers()[n]));
        }
        rows.add(List.of("support (SVM on grad q_n at theta_bar)", support.toString()));
        rows.add(List.of("multipliers lambda_n >= 0 (0 off the support)", lambda.toString()));
        rows.add(
                List.of(
                        "stationarity ||theta_bar - sum lambda_n grad q_n|| / ||theta_bar|| (proved bound)",
                        "<= " + Numbers.sci(t.stationarity())));
        rows.add(
                List.of(
                        "complementary slackness L sum lambda_n (q_n - 1) / ||theta_bar||^2 (proved bound)",
                        "<= " + Numbers.sci(t.slackness())));
        rows.add(
                List.of(
                        "KKT residual",
                        "<= " + Numbers.sci(Math.max(t.stationarity(), t.slackness()))));
        StringJoiner sigma = new StringJoiner(", ");
        for (double s : t.singularValues()) sigma.add(Numbers.sci(s));
        rows.add(
                List.of(
                        "LICQ: rank of {grad q_n} on the support",
                        t.licqRank()
                                + " of "
                                + t.support().size()
                                + (t.licqRank() == t.support().size()
                                        ? " (holds: the multipliers are unique)"
                                        : " (fails)")
                                + "; singular values "
                                + sigma));
        return rows;
    }
}
