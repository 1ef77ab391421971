package dev.occam.plan.kind;

import dev.occam.certify.CompiledLaw;
import dev.occam.spec.Section;
import dev.occam.symbolic.FormulaException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code law} key of rate and trend: a formula in one variable and free constants, the
 * lowercase identifiers other than the variable (Symja's built-ins are capitalized).
 */
final class LawKey {
    private static final Pattern CONSTANT = Pattern.compile("\\b([a-z][A-Za-z0-9]*)\\b");

    private LawKey() {}

    /** [variable, constants...] of the law, in order of appearance; at least one constant. */
    static List<String> variables(Section s, String variable, String example) {
        String text = s.string("law");
        List<String> variables = new ArrayList<>(List.of(variable));
        Matcher m = CONSTANT.matcher(text);
        while (m.find()) if (!variables.contains(m.group(1))) variables.add(m.group(1));
        if (variables.size() == 1)
            throw s.error("law", "expected a law with at least one free constant, e.g. " + example);
        return variables;
    }

    /**
     * The law compiled with its partial derivatives in the constants, for fitting: once per spec
     * (each sweep point builds its claims again).
     */
    static CompiledLaw compile(Section s, PointContext b, List<String> variables) {
        String text = s.string("law");
        try {
            return b.law(
                    text, variables, () -> CompiledLaw.of(b.formula(s, "law", text, variables)));
        } catch (FormulaException e) {
            throw s.error("law", e.getMessage());
        }
    }
}
