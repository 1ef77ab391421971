package dev.occam.plan.kind;

import dev.occam.certify.CompiledLaw;
import dev.occam.claim.Claim;
import dev.occam.claim.Quantities;
import dev.occam.claim.RateClaim;
import dev.occam.numeric.Value;
import dev.occam.spec.Section;

import org.hipparchus.fraction.BigFraction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code rate}: a quantity follows a law with free constants, fitted to the run. */
final class RateKind implements Kind<Claim> {
    /**
     * The schema of expect: constant names (not t) to numbers or the names of predicted constants.
     */
    private static final String EXPECT =
            "{\"type\": \"object\", \"propertyNames\": {\"pattern\": \"^(?!t$)[a-z][A-Za-z0-9]*$\"}, "
                    + "\"additionalProperties\": {\"anyOf\": [{\"$ref\": \"#/definitions/number\"}, {\"enum\": "
                    + RateClaim.PREDICTED.stream().map(p -> "\"" + p + "\"").toList()
                    + "}]}}";

    @Override
    public String name() {
        return "rate";
    }

    @Override
    public String summary() {
        return "A named quantity follows a law in t with free constants (e.g. c*r^t), fitted to the run; expect pins constants.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.required("quantity", ValueType.choice(Quantities.NAMES), "the quantity"),
                Key.required(
                        "law",
                        ValueType.NON_EMPTY_STRING,
                        "a formula in t and free constants (lowercase identifiers), e.g. \"c/t^a\""),
                Key.optional(
                        "expect",
                        ValueType.json(
                                EXPECT, "mapping of constants to numbers or predicted names"),
                        "none",
                        "constants the fit must reproduce: a number, or one of "
                                + RateClaim.PREDICTED),
                Key.optional(
                        "tolerance",
                        ValueType.POSITIVE_NUMBER,
                        "0.02",
                        "relative tolerance on the expected constants"));
    }

    @Override
    public Claim build(Section s, PointContext b) {
        String quantity = s.choice("quantity", Quantities.NAMES);
        String text = s.string("law");
        List<String> variables = LawKey.variables(s, "t", "c*r^t");
        Map<String, RateClaim.ExpectedConstant> expected = new LinkedHashMap<>();
        if (s.has("expect")) {
            Section e = s.section("expect");
            for (String name : e.keys()) {
                if (!variables.contains(name) || name.equals("t")) {
                    throw e.error(
                            name,
                            "not a constant of the law "
                                    + text
                                    + " (constants: "
                                    + variables.subList(1, variables.size())
                                    + ")");
                }
                Section.NumberOrFormula v = e.numberOrFormula(name);
                if (v.isNumber()) {
                    expected.put(
                            name, new RateClaim.ExpectedConstant(v.number().doubleValue(), null));
                } else if (RateClaim.PREDICTED.contains(v.formula())) {
                    expected.put(name, new RateClaim.ExpectedConstant(Double.NaN, v.formula()));
                } else {
                    throw e.error(
                            name,
                            "expected a number or one of "
                                    + RateClaim.PREDICTED
                                    + ", got '"
                                    + v.formula()
                                    + "'");
                }
            }
            e.finish();
        }
        Value tol =
                s.has("tolerance")
                        ? CommonKeys.positive(s, "tolerance")
                        : Value.of(new BigFraction(1, 50), "0.02");
        CompiledLaw compiled = LawKey.compile(s, b, variables);
        return new RateClaim(quantity, compiled, expected, tol.doubleValue(), tol.text());
    }
}
