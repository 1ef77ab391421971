package dev.occam.result;

/**
 * What a plot series is: the panel it is drawn in, how it is drawn, and for series that share a
 * panel and style its name there (the label of a data class, a margin line, a reference point). Its
 * {@link #text} ("scatter:separator:positive", "fit:norm", "limit:w1") is the role of the JSON.
 */
public record Role(Panel panel, Style style, String name) {

    /**
     * The plot a series is drawn in: a named quantity against iteration, the data plane, or limits
     * across a sweep.
     */
    public enum Panel {
        DISTANCE("distance"),
        LOSS("loss"),
        NORM("norm"),
        DIRECTION_GAP("direction-gap"),
        MARGIN("margin"),
        OFFSET_RESIDUAL("offset-residual"),
        SIGMA_1("sigma-1"),
        SIGMA_2("sigma-2"),
        NUCLEAR_NORM("nuclear-norm"),
        SIGMA_MIN("sigma-min"),
        EFFECTIVE_RANK("effective-rank"),
        DET("det"),
        BALANCEDNESS("balancedness"),
        END_TO_END_RESIDUAL("end-to-end-residual"),
        SINGULAR_VALUE_RESIDUAL("singular-value-residual"),
        DISTANCE_TO_L1("distance-to-l1"),
        DISTANCE_TO_L2("distance-to-l2"),
        DISTANCE_TO_MIN_TRACE("distance-to-min-trace"),
        NORMALIZED_MARGIN("normalized-margin"),
        SMOOTHED_MARGIN("smoothed-margin"),
        SINGULAR_VALUES("singular-values"),
        SHARPNESS("sharpness"),
        GFS_SHARPNESS("gfs-sharpness"),
        SEPARATOR("separator"),
        LIMIT("limit");

        private final String word;

        Panel(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        /** The panel of a named quantity of docs/spec-format.md ("loss", "direction-gap", ...). */
        public static Panel of(String quantity) {
            for (Panel p : values()) if (p.word.equals(quantity)) return p;
            throw new IllegalArgumentException("no plot panel for " + quantity);
        }
    }

    /**
     * How a series is drawn: as measured, a fitted law, a predicted law, a dashed or guide line, or
     * markers only.
     */
    public enum Style {
        MEASURED(null),
        FIT("fit"),
        PREDICTED("predicted"),
        DASHED("dashed"),
        GUIDE("guide"),
        SCATTER("scatter");

        private final String prefix;

        Style(String prefix) {
            this.prefix = prefix;
        }
    }

    public static Role measured(Panel panel) {
        return new Role(panel, Style.MEASURED, null);
    }

    public static Role fit(Panel panel) {
        return new Role(panel, Style.FIT, null);
    }

    public static Role predicted(Panel panel) {
        return new Role(panel, Style.PREDICTED, null);
    }

    /**
     * The role as the JSON writes it: the style's prefix, the panel, the name, separated by ':'.
     */
    public String text() {
        return (style.prefix == null ? "" : style.prefix + ":")
                + panel.word
                + (name == null ? "" : ":" + name);
    }

    @Override
    public String toString() {
        return text();
    }
}
