package dev.occam.plan.kind;

import dev.occam.claim.FormulaQuantity;
import dev.occam.claim.Quantities;
import dev.occam.spec.Section;
import dev.occam.symbolic.FormulaException;

import java.util.List;

/**
 * The {@code quantity} key of the claims that accept a formula quantity (monotone, value): one of
 * the named quantities, or a formula over the iterate's entries, L and t ({@link FormulaQuantity}),
 * compiled once per spec.
 */
final class QuantityKey {
    static final ValueType TYPE =
            ValueType.json(
                    "{\"$ref\": \"#/definitions/nonEmptyString\"}",
                    "a quantity name, or a formula in the iterate's entries (W11, W12, ... or w1, w2, ...), L and t");

    /** The key as read: a name (formula null) or a formula's text with its compiled form. */
    record Read(String text, FormulaQuantity formula) {}

    private QuantityKey() {}

    static Read read(Section s, PointContext b) {
        String text = s.string("quantity").trim();
        if (Quantities.NAMES.contains(text)) return new Read(text, null);
        List<String> variables = FormulaQuantity.variables(b.problem());
        if (variables == null)
            throw s.error(
                    "quantity",
                    "'"
                            + text
                            + "' is not a quantity name, and formula quantities name the entries of matrices "
                            + "up to 9 x 9 only (W11 .. W99)");
        try {
            return new Read(
                    text,
                    new FormulaQuantity(
                            text,
                            b.quantity(
                                    FormulaQuantity.symjaText(text),
                                    FormulaQuantity.symjaVariables(variables)),
                            variables.size() - 2));
        } catch (FormulaException e) {
            // Symja names the variables in lowercase: the spec's names are the ones to show
            String why =
                    e.getMessage()
                            .replace(
                                    String.join(", ", FormulaQuantity.symjaVariables(variables)),
                                    String.join(", ", variables));
            throw s.error("quantity", notAFormula(text, why));
        }
    }

    private static String notAFormula(String text, String why) {
        return "'"
                + text
                + "' is neither a quantity name ("
                + String.join(", ", Quantities.NAMES)
                + ") nor a formula quantity: "
                + why;
    }
}
