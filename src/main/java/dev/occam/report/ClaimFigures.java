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
 * notation ({@link Numbers#sci}), vectors as their decimal strings, fitted constants to eight
 * digits with two of standard error ("0.99000000 ± 1.2e-09"), predicted constants to eight digits.
 */
public final class ClaimFigures {
    private ClaimFigures() {}

    /** An error or bound as text, or null when there is none. */
    public static String text(Double x) {
        return x == null ? null : Numbers.sci(x);
    }

    /**
     * A measured or predicted figure as the JSON has it: a string, a list of strings or a map of
     * strings, or null when there is none.
     */
    public static Object plain(Figure f) {
        return f == null ? null : f.accept(PLAIN);
    }

    private static final Figure.Visitor<Object> PLAIN =
            new Figure.Visitor<>() {
                @Override
                public Object scalar(Scalar s) {
                    return Numbers.sci(s.value());
                }

                @Override
                public Object word(Word w) {
                    return w.text();
                }

                @Override
                public Object digits(Digits d) {
                    return d.entries();
                }

                @Override
                public Object fitted(Fitted fitted) {
                    Map<String, String> out = new LinkedHashMap<>();
                    fitted.constants()
                            .forEach(
                                    (name, e) ->
                                            out.put(
                                                    name,
                                                    String.format(
                                                            Locale.ROOT,
                                                            "%.8g ± %.2g",
                                                            e.value(),
                                                            e.sigma())));
                    return out;
                }

                @Override
                public Object constants(Constants c) {
                    Map<String, String> out = new LinkedHashMap<>();
                    c.constants()
                            .forEach(
                                    (name, v) ->
                                            out.put(name, String.format(Locale.ROOT, "%.8g", v)));
                    return out;
                }
            };
}
