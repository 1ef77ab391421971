package dev.occam.report;

import dev.occam.certify.Numbers;
import dev.occam.result.Figure;
import dev.occam.result.Figure.Constants;
import dev.occam.result.Figure.Digits;
import dev.occam.result.Figure.Fitted;
import dev.occam.result.Figure.Scalar;
import dev.occam.result.Figure.Word;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A claim's figures as every report writes them: errors, bounds and scalars in short scientific
 * notation ({@link Numbers#sci}), vectors as their decimal strings, fitted constants to eight digits
 * with two of standard error ("0.99000000 ± 1.2e-09"), predicted constants to eight digits.
 */
public final class ClaimFigures {
    private ClaimFigures() {
    }

    /** An error or bound as text, or null when there is none. */
    public static String text(Double x) {
        return x == null ? null : Numbers.sci(x);
    }

    /**
     * A measured or predicted figure as the JSON has it: a string, a list of strings or a map of
     * strings, or null when there is none. (Java 17 has no switch over the sealed cases.)
     */
    public static Object plain(Figure f) {
        if (f == null) return null;
        if (f instanceof Scalar s) return Numbers.sci(s.value());
        if (f instanceof Word w) return w.text();
        if (f instanceof Digits d) return d.entries();
        if (f instanceof Fitted fitted) {
            Map<String, String> out = new LinkedHashMap<>();
            fitted.constants().forEach((name, e) -> out.put(name, String.format(Locale.ROOT, "%.8g ± %.2g", e.value(), e.sigma())));
            return out;
        }
        Map<String, String> out = new LinkedHashMap<>();
        ((Constants) f).constants().forEach((name, v) -> out.put(name, String.format(Locale.ROOT, "%.8g", v)));
        return out;
    }
}
