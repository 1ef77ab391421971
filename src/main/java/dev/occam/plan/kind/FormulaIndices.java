package dev.occam.plan.kind;

import dev.occam.spec.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The indices of the parameters w1, w2, ... and inputs x1, x2, ... a formula uses, read from its
 * text before Symja sees it, so that a gap or an input the data does not have is an error in the
 * spec's words rather than Symja's.
 */
final class FormulaIndices {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final Pattern INDEXED = Pattern.compile("([wx])([1-9][0-9]{0,5})");

    private final TreeSet<Integer> w = new TreeSet<>();
    private final TreeSet<Integer> x = new TreeSet<>();

    FormulaIndices(String text) {
        Matcher m = IDENTIFIER.matcher(text);
        while (m.find()) {
            Matcher i = INDEXED.matcher(m.group());
            if (i.matches()) (i.group(1).equals("w") ? w : x).add(Integer.parseInt(i.group(2)));
        }
    }

    /** The largest index of w used, 0 when none. */
    int parameters() {
        return w.isEmpty() ? 0 : w.last();
    }

    /** The largest index of x used, 0 when none. */
    int inputs() {
        return x.isEmpty() ? 0 : x.last();
    }

    /** The error at key when w1..w(max) has a gap. */
    void requireNoGaps(Section s, String key) {
        for (int i = 1; i <= parameters(); i++) {
            if (!w.contains(i))
                throw s.error(
                        key,
                        "w"
                                + i
                                + " does not appear although w"
                                + parameters()
                                + " does: the parameters are w1..wk without gaps");
        }
    }

    static List<String> names(String letter, int count) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) out.add(letter + i);
        return out;
    }
}
