package dev.occam.report;

import dev.occam.result.Legend;
import dev.occam.result.Legend.Bound;
import dev.occam.result.Legend.ByRole;
import dev.occam.result.Legend.Fit;
import dev.occam.result.Legend.InverseLogSquared;
import dev.occam.result.Legend.InverseTime;
import dev.occam.result.Legend.LogLaw;
import dev.occam.result.Legend.Run;
import dev.occam.result.Legend.SlopeThroughFinal;
import dev.occam.result.Legend.Text;
import dev.occam.result.Role;
import dev.occam.result.Series;

import java.util.Locale;

/**
 * The legend text of a series: the JSON's "label" and the plots' series names. Constants to four
 * digits.
 */
public final class Legends {
    private Legends() {}

    /** The series' legend, or null when it has none. */
    public static String of(Series s) {
        Legend l = s.legend();
        return l == null ? null : l.accept(new Writer(s.role()));
    }

    /** Each legend's text; a legend that adds nothing says what its role names. */
    private record Writer(Role role) implements Legend.Visitor<String> {
        @Override
        public String byRole(ByRole l) {
            return Legends.byRole(role);
        }

        @Override
        public String logLaw(LogLaw g) {
            return format(
                    "predicted %.4g log t %s %.4g",
                    g.slope(), sign(g.offset()), Math.abs(g.offset()));
        }

        @Override
        public String slopeThroughFinal(SlopeThroughFinal g) {
            return format("slope ||w_hat|| = %.4g through the final iterate", g.slope());
        }

        @Override
        public String inverseTime(InverseTime i) {
            return format("predicted ||w_hat||^2 / (eta t) = %.4g / t", i.constant());
        }

        @Override
        public String inverseLogSquared(InverseLogSquared i) {
            return format(
                    "predicted %.4g / (log t %s %.4g)^2",
                    i.constant(), sign(i.shift()), Math.abs(i.shift()));
        }

        @Override
        public String run(Run r) {
            return "run w_T.x = 0 (T = " + r.iterations() + ")";
        }

        @Override
        public String fit(Fit f) {
            return "fit " + f.law();
        }

        @Override
        public String bound(Bound b) {
            return "bound on ||w_T - limit|| (" + b.evidence().word() + ")";
        }

        @Override
        public String text(Text t) {
            return t.text();
        }
    }

    /**
     * What the role alone says: the measured quantity, the data class, the separator line, the
     * limit's reference point.
     */
    private static String byRole(Role r) {
        return switch (r.panel()) {
            case DISTANCE -> "||w_t - prediction||";
            case LOSS -> "L(w_t)";
            case NORM -> "||w_t||";
            case DIRECTION_GAP -> "1 - cos(w_t, w_hat)";
            case MARGIN ->
                    r.name() == null
                            ? "min_n z_n.w_t / ||w_t||"
                            : r.name().equals("smoothed-margin")
                                    ? "smoothed margin g(log 1/L) / ||theta_t||^L (Lyu-Li)"
                                    : "normalized margin min_n q_n / ||theta_t||^L";
            case OFFSET_RESIDUAL -> "||w_t - w_hat log t - w~||";
            case SIGMA_1 -> "sigma_1(W_t)";
            case SIGMA_2 -> "sigma_2(W_t)";
            case NUCLEAR_NORM -> "||W_t||_*";
            case SIGMA_MIN -> "sigma_min(W_t)";
            case EFFECTIVE_RANK -> "effective rank of W_t";
            case DET -> "det W_t";
            case BALANCEDNESS -> "max_j ||W_{j+1}^T W_{j+1} - W_j W_j^T||";
            case END_TO_END_RESIDUAL -> "end-to-end identity residual";
            case SINGULAR_VALUE_RESIDUAL -> "singular-value identity residual";
            case DISTANCE_TO_L1 -> "||w_t - argmin ||w||_1||";
            case DISTANCE_TO_L2 -> "||w_t - argmin ||w - w0||_2||";
            case DISTANCE_TO_MIN_TRACE -> "||W_t - argmin tr W||_F";
            case NORMALIZED_MARGIN -> "normalized margin min_n q_n / ||theta_t||^L";
            case SMOOTHED_MARGIN -> "smoothed margin g(log 1/L) / ||theta_t||^L (Lyu-Li)";
            case SINGULAR_VALUES -> r.name().replace("sigma-", "sigma_") + "(W_t)";
            case LIMIT -> "||limit - " + r.name() + "||";
            case SHARPNESS, GFS_SHARPNESS -> {
                String q =
                        r.panel() == Role.Panel.SHARPNESS ? "lambda_max(H(w_t))" : "GFS sharpness";
                yield r.name() == null ? q + " (interval midpoint)" : r.name();
            }
            case SEPARATOR ->
                    switch (r.style()) {
                        case SCATTER -> r.name().equals("positive") ? "y = +1" : "y = -1";
                        // one legend entry for both margin lines (Plots shows a repeated guide
                        // label once)
                        case GUIDE -> "margins w_hat.x = ±1";
                        default -> "max margin w_hat.x = 0";
                    };
        };
    }

    private static String sign(double x) {
        return x < 0 ? "-" : "+";
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
